"""Reads RareGraph's exports with the tools researchers use and prints what they found, as JSON.

Usage: python3 networkx_check.py GRAPHML GEXF NODES_CSV RELATIONSHIPS_CSV

networkx read_graphml and read_gexf, igraph's convention (a vertex attribute `name` beside the renumbered ids), and
Python's csv module. networkx 3 reads GEXF 1.3 itself; Debian 12's networkx 2.8 knows only the 1.1 and 1.2 drafts, so
the same 1.3 entry networkx 3 ships is registered here when it is missing.
"""
import csv
import json
import sys

import networkx as nx
from networkx.readwrite import gexf

if "1.3" not in gexf.GEXF.versions:
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }

graphml_path, gexf_path, nodes_path, relationships_path = sys.argv[1:5]
g = nx.read_graphml(graphml_path)
d = nx.read_gexf(gexf_path, version="1.3")
with open(nodes_path, newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(relationships_path, newline="", encoding="utf-8") as f:
    relationships = list(csv.DictReader(f))

dynamic = sum(1 for _, a in d.nodes(data=True) if "start" in a or "end" in a) + sum(
    1 for *_, a in d.edges(data=True) if "start" in a or "end" in a
)
print(json.dumps({
    "networkx": nx.__version__,
    "graphml": {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "named": all(a.get("name") == n for n, a in g.nodes(data=True)),
        "labelled": all("label" in a and "entity" in a for _, a in g.nodes(data=True)),
    },
    "gexf": {
        "nodes": d.number_of_nodes(),
        "edges": d.number_of_edges(),
        "mode": d.graph.get("mode"),
        "dynamicElements": dynamic,
    },
    "csv": {
        "nodes": len(nodes),
        "relationships": len(relationships),
        "nodeHeader": list(nodes[0].keys())[:2] if nodes else [],
        "relationshipHeader": list(relationships[0].keys())[:6] if relationships else [],
        "uniqueEdgeIds": len({r["Id"] for r in relationships}) == len(relationships),
    },
}))
