import type { PogcsNode } from "../node.js";

/**
 * The ChainInfo object a dapp passes to Keplr's `experimentalSuggestChain` (and Leap's), built
 * from this node's genesis and addresses. `rpc` and `rest` are the URLs the caller reached us by.
 */
export function keplrChainInfo(node: PogcsNode, urls: { rpc: string; rest: string }) {
  const gcs = { coinDenom: "GCS", coinMinimalDenom: "ugcs", coinDecimals: 6 };
  return {
    chainId: node.genesis.chainId,
    chainName: `PoGCS ${node.genesis.chainId}`,
    rpc: urls.rpc,
    rest: urls.rest,
    bip44: { coinType: 118 },
    bech32Config: {
      bech32PrefixAccAddr: "gcs",
      bech32PrefixAccPub: "gcspub",
      bech32PrefixValAddr: "gcsvaloper",
      bech32PrefixValPub: "gcsvaloperpub",
      bech32PrefixConsAddr: "gcsvalcons",
      bech32PrefixConsPub: "gcsvalconspub",
    },
    currencies: [gcs],
    feeCurrencies: [{ ...gcs, gasPriceStep: { low: 0.01, average: 0.025, high: 0.04 } }],
    stakeCurrency: gcs,
    features: [],
  };
}
