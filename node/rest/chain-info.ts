import type { PogcsNode } from "../node.js";
import { parseGasPrices } from "../config/config.js";

/**
 * Keplr's gas price steps, raised to this node's minimum gas price for ugcs so a wallet's "low"
 * fee still passes CheckTx here. Keplr validates low <= average <= high.
 */
export function computeGasPriceStep(minimumGasPrices: string): { low: number; average: number; high: number } {
  const min = parseGasPrices(minimumGasPrices).find((g) => g.denom === "ugcs");
  const floor = min ? Number(min.numerator) / Number(min.denominator) : 0;
  const low = Math.max(0.01, floor);
  const average = Math.max(0.025, low);
  return { low, average, high: Math.max(0.04, average) };
}

/**
 * The ChainInfo object a dapp passes to Keplr's `experimentalSuggestChain` (and Leap's), built
 * from this node's genesis and addresses. `rpc` and `rest` are the URLs the caller reached us by.
 */
export function keplrChainInfo(node: PogcsNode, urls: { rpc: string; rest: string }) {
  const gcs = { coinDenom: "GCS", coinMinimalDenom: "ugcs", coinDecimals: 6 };
  return {
    chainId: node.genesis.chainId,
    // Keplr refuses a chainName (and chainId) longer than 30 characters.
    chainName: `PoGCS ${node.genesis.chainId}`.slice(0, 30),
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
    feeCurrencies: [{ ...gcs, gasPriceStep: computeGasPriceStep(node.config.minimumGasPrices) }],
    stakeCurrency: gcs,
    features: [],
  };
}
