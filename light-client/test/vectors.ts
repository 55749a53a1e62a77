import { b64, hex, rfc3339 } from "../../chain/block/fixtures/helpers.js";
import { LOCALNET_H12 } from "../../chain/block/fixtures/localnet-h12.fixture.js";
import type { Commit, Header, ValidatorSet } from "../src/types.js";

/** The node's golden light block (chain/block fixtures: a real 4-validator CometBFT localnet, height 12). */
export function localnetHeader(): Header {
  const h = LOCALNET_H12.header;
  return {
    version: { block: BigInt(h.version.block), app: BigInt(h.version.app) },
    chainId: LOCALNET_H12.chainId,
    height: BigInt(h.height),
    time: rfc3339(h.time),
    lastBlockId: { hash: hex(h.lastBlockId.hash), partSetHeader: { total: h.lastBlockId.partsTotal, hash: hex(h.lastBlockId.partsHash) } },
    lastCommitHash: hex(h.lastCommitHash),
    dataHash: hex(h.dataHash),
    validatorsHash: hex(h.validatorsHash),
    nextValidatorsHash: hex(h.nextValidatorsHash),
    consensusHash: hex(h.consensusHash),
    appHash: hex(h.appHash),
    lastResultsHash: hex(h.lastResultsHash),
    evidenceHash: hex(h.evidenceHash),
    proposerAddress: hex(h.proposerAddress),
  };
}

export function localnetLightBlock(): { header: Header; commit: Commit; set: ValidatorSet } {
  const c = LOCALNET_H12.commit;
  const commit: Commit = {
    height: BigInt(c.height),
    round: c.round,
    blockId: { hash: hex(c.blockId.hash), partSetHeader: { total: c.blockId.partsTotal, hash: hex(c.blockId.partsHash) } },
    signatures: c.signatures.map((s) => ({ blockIdFlag: s.flag, validatorAddress: hex(s.address), timestamp: rfc3339(s.timestamp), signature: b64(s.signature) })),
  };
  const set = { validators: LOCALNET_H12.validators.map((v) => ({ address: hex(v.address), pubKey: b64(v.pubKey), votingPower: v.power })) };
  return { header: localnetHeader(), commit, set };
}

