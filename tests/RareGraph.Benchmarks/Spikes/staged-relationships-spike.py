# Spike (issue 13, stop 26; not part of any build or test): what SQLite alone spends on 1,000,000 text-keyed
# relationship rows in random file order, written straight into the WITHOUT ROWID table (base) against gathered in a
# temporary table without keys and moved in key order by one INSERT ... SELECT ... ORDER BY (temp), with the
# relationships_to_from index built before the commit. Modes, combined with '+': base, temp, nockpt (no automatic
# checkpoint in the commit, one run after it), threads (PRAGMA threads = 2), tfile (temp_store = FILE).
#   python3 staged-relationships-spike.py base,temp,temp+nockpt [relationships]
import os, random, sqlite3, sys, tempfile, time, resource
N_ENT, N_REL = 245_200, int(sys.argv[2]) if len(sys.argv)>2 else 1_000_000
TYPES = ["AFFILIATED_WITH","MEMBER_OF","PARTNERS_WITH","FUNDED_BY","GOVERNS","BASED_IN","OPERATES_IN","ADVOCATES_TO","INFLUENCES","TARGETS","OCCURRED_IN","MODELLED_ON"]
rnd = random.Random(7)
keys = [f"org-{i:07d}" for i in range(N_ENT)]
rels = {}
while len(rels) < N_REL:
    a = rnd.randrange(N_ENT); b = rnd.randrange(N_ENT)
    rels[(a, rnd.randrange(len(TYPES)), b)] = 1
rels = list(rels)  # random order
def cpu(): r = resource.getrusage(resource.RUSAGE_SELF); return r.ru_utime + r.ru_stime
def chunk(rows, width):
    out, buf = [], []
    for r in rows:
        buf.extend(r)
        if len(buf) == 64*width: out.append(buf); buf=[]
    if buf: out.append(buf)
    return out
rel_chunks = chunk(((keys[a], TYPES[t], keys[b], 0.5, None, None, None, None, None) for a,t,b in rels), 9)
COLS="from_key, type, to_key, strength, valid_from, valid_to, source, confidence, role"
def run(mode, path):
    for p in (path, path+"-wal", path+"-shm"):
        if os.path.exists(p): os.remove(p)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-262144"); db.execute("PRAGMA temp_store=" + ("FILE" if "tfile" in mode else "MEMORY"))
    if "nockpt" in mode: db.execute("PRAGMA wal_autocheckpoint=0")
    if "threads" in mode: print("threads", db.execute("PRAGMA threads=2").fetchone())
    db.execute("CREATE TABLE relationships (from_key TEXT NOT NULL, type TEXT NOT NULL, to_key TEXT NOT NULL, strength REAL NOT NULL, valid_from TEXT, valid_to TEXT, source TEXT, confidence REAL, role TEXT, PRIMARY KEY (from_key, type, to_key)) WITHOUT ROWID")
    lap = [time.time(), cpu()]; out=[]
    def mark(name):
        w, c = time.time(), cpu(); out.append(f"{name} {w-lap[0]:.2f}s/{c-lap[1]:.2f}cpu"); lap[0]=w; lap[1]=c
    db.execute("BEGIN IMMEDIATE")
    target = "relationships"
    if "temp" in mode:
        db.execute(f"CREATE TEMP TABLE rel_in ({COLS})"); target = "temp.rel_in"
    verb = "INSERT INTO" if "temp" in mode else "INSERT OR REPLACE INTO"
    full = f"{verb} {target} ({COLS}) VALUES " + ",".join(["(?,?,?,?,?,?,?,?,?)"]*64)
    for buf in rel_chunks:
        db.execute(full if len(buf)==576 else f"{verb} {target} ({COLS}) VALUES " + ",".join(["(?,?,?,?,?,?,?,?,?)"]*(len(buf)//9)), buf)
    mark("rows")
    if "temp" in mode:
        db.execute(f"INSERT OR REPLACE INTO relationships ({COLS}) SELECT {COLS} FROM temp.rel_in ORDER BY from_key, type, to_key, rowid")
        db.execute("DROP TABLE temp.rel_in")
        mark("sorted-copy")
    db.execute("CREATE INDEX relationships_to_from ON relationships (to_key, from_key, type)")
    mark("index")
    db.execute("COMMIT")
    mark("commit")
    if "nockpt" in mode:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)"); mark("ckpt-after")
    sz = os.path.getsize(path)//2**20; wal = os.path.getsize(path+"-wal")//2**20 if os.path.exists(path+"-wal") else 0
    db.close()
    print(mode, " ".join(out), f"db {sz}MiB wal {wal}MiB", flush=True)
for mode in sys.argv[1].split(","):
    run(mode, os.path.join(tempfile.gettempdir(), "staged-relationships-spike.db"))
