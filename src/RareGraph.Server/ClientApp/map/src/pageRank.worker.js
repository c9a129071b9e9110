// Ranks the network off the page's thread: it receives the edges once, then one day number at a time, and answers
// with every node's PageRank on that day (the page keeps the answers, so each date is ranked once).
import { pageRank } from './pageRank.js';

let network = null;

self.onmessage = ({ data }) => {
  if (data.network) {
    network = data.network;
    return;
  }
  const ranks = pageRank(network, data.day);
  self.postMessage({ id: data.id, day: data.day, ranks }, [ranks.buffer]);
};
