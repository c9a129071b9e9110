# Spike (issue 13, not part of any build or test): what SQLite alone spends on an import's rows when relationships are
# keyed by text, as the store keeps them (from_key, type, to_key), against integer entity ids and type numbers.
# 245,200 entities (a light row: the spike is about the relationships) and 1,000,000 relationships in file order, one
# transaction, 64-row INSERT OR REPLACE statements, the secondary indexes built before the commit, WAL with
# synchronous = NORMAL and a 256 MiB page cache, as the store's bulk import does. The rows are built before the clock
# starts, so the processor time is SQLite's plus one Python call per 64 rows.
#   python3 relationship-layout-spike.py [text] [int]
import os, random, sqlite3, sys, tempfile, time, resource

N_ENT, N_REL = 245_200, 1_000_000
TYPES = ["AFFILIATED_WITH","MEMBER_OF","PARTNERS_WITH","FUNDED_BY","GOVERNS","BASED_IN","OPERATES_IN","ADVOCATES_TO","INFLUENCES","TARGETS","OCCURRED_IN","MODELLED_ON"]
rnd = random.Random(7)
keys = [f"org-{i:07d}" for i in range(N_ENT)]
rels = set()
while len(rels) < N_REL:
    a = rnd.randrange(N_ENT); b = rnd.randrange(N_ENT)
    rels.add((a, rnd.randrange(len(TYPES)), b))
rels = sorted(rels)  # exports write by key

def cpu(): r = resource.getrusage(resource.RUSAGE_SELF); return r.ru_utime + r.ru_stime

def run(layout, path):
    for p in (path, path + "-wal", path + "-shm"):
        if os.path.exists(p): os.remove(p)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-262144"); db.execute("PRAGMA temp_store=MEMORY")
    if layout == "text":
        db.execute("CREATE TABLE entities (key TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL, data TEXT NOT NULL)")
        db.execute("CREATE TABLE relationships (from_key TEXT NOT NULL, type TEXT NOT NULL, to_key TEXT NOT NULL, strength REAL NOT NULL, valid_from TEXT, valid_to TEXT, source TEXT, confidence REAL, role TEXT, PRIMARY KEY (from_key, type, to_key)) WITHOUT ROWID")
        rel_index = "CREATE INDEX relationships_to_from ON relationships (to_key, from_key, type)"
        rel_sql_row = "(?,?,?,?,?,?,?,?,?)"
        rel_row = lambda r: (keys[r[0]], TYPES[r[1]], keys[r[2]], 0.5, None, None, None, None, None)
        rel_cols = "from_key, type, to_key, strength, valid_from, valid_to, source, confidence, role"
    else:
        db.execute("CREATE TABLE entities (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL, data TEXT NOT NULL)")
        db.execute("CREATE TABLE relationships (from_id INTEGER NOT NULL, type INTEGER NOT NULL, to_id INTEGER NOT NULL, strength REAL NOT NULL, valid_from TEXT, valid_to TEXT, source TEXT, confidence REAL, role TEXT, PRIMARY KEY (from_id, type, to_id)) WITHOUT ROWID")
        rel_index = "CREATE INDEX relationships_to_from ON relationships (to_id, from_id, type)"
        rel_sql_row = "(?,?,?,?,?,?,?,?,?)"
        rel_row = lambda r: (r[0] + 1, r[1], r[2] + 1, 0.5, None, None, None, None, None)
        rel_cols = "from_id, type, to_id, strength, valid_from, valid_to, source, confidence, role"
    ent_indexes = ["CREATE INDEX entities_label_name_fold ON entities (label, name_fold, key)"]
    def chunk(rows, width):
        out, buf = [], []
        for r in rows:
            buf.extend(r)
            if len(buf) == 64 * width: out.append(buf); buf = []
        if buf: out.append(buf)
        return out
    if layout == "text":
        ent_chunks = chunk(((k, "Organisation", "Organisation " + k, "organisation " + k, '{"Key":"%s"}' % k) for k in keys), 5)
    else:
        ent_chunks = chunk(((i + 1, k, "Organisation", "Organisation " + k, "organisation " + k, '{"Key":"%s"}' % k) for i, k in enumerate(keys)), 6)
    rel_chunks = chunk((rel_row(r) for r in rels), 9)
    c0, w0 = cpu(), time.time()
    db.execute("BEGIN IMMEDIATE")
    def batched(sql_prefix, row_sql, chunks, width):
        full = sql_prefix + ",".join([row_sql] * 64)
        for buf in chunks:
            db.execute(full if len(buf) == 64 * width else sql_prefix + ",".join([row_sql] * (len(buf) // width)), buf)
    if layout == "text":
        batched("INSERT OR REPLACE INTO entities (key,label,name,name_fold,data) VALUES ", "(?,?,?,?,?)", ent_chunks, 5)
    else:
        batched("INSERT OR REPLACE INTO entities (id,key,label,name,name_fold,data) VALUES ", "(?,?,?,?,?,?)", ent_chunks, 6)
    c1, w1 = cpu(), time.time()
    batched(f"INSERT OR REPLACE INTO relationships ({rel_cols}) VALUES ", rel_sql_row, rel_chunks, 9)
    c2, w2 = cpu(), time.time()
    for s in ent_indexes + [rel_index]: db.execute(s)
    c3, w3 = cpu(), time.time()
    db.execute("COMMIT")
    c4, w4 = cpu(), time.time()
    db.close()
    total_c, total_w = c4 - c0, w4 - w0
    print(f"{layout}: entities {c1-c0:.2f} cpu-s, relationships {c2-c1:.2f} cpu-s, indexes {c3-c2:.2f} cpu-s, commit {c4-c3:.2f} cpu-s (wall {w4-w3:.2f}); "
          f"total {total_c:.2f} cpu-s / {total_w:.2f} s wall -> {N_REL/total_c/1000:.1f} k rel per cpu-s, {N_REL/total_w/1000:.1f} k rel/s wall; file {os.path.getsize(path)/2**20:.0f} MiB", flush=True)

with tempfile.TemporaryDirectory() as directory:
    for layout in sys.argv[1:] or ["text", "int"]:
        run(layout, os.path.join(directory, f"{layout}.db"))
