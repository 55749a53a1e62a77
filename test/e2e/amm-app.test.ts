/**
 * The amm in the full app (createFullApp: real ante, bank, nft, pools; invariants after every
 * block): slots of one hour are backed by a pools commitment written directly, an LP adds
 * liquidity by a signed tx and receives position NFT lp-1, a buyer swaps, the NFT is sent with
 * cosmos.nft MsgSend, the old owner is refused (amm code 12) and the new owner removes; a slot
 * whose commitment defaulted cannot be bought (amm code 14); queries answer over ABCI.
 */
import { describe, expect, it } from "vitest";
import { MsgSend as NftMsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createFullApp, type FullApp } from "../support/pogcs-app.js";
import { slotDenom } from "../../modules/pools/slots.js";
import { POOLS_MODULE_ACCOUNT } from "../../modules/pools/keeper.js";
import { CommitmentStatus } from "../../modules/pools/types.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import { AMM_ROUTES } from "../../node/rest/routes/amm.js";

const A = pogcs.amm.v1;
const GENESIS = 1_767_225_600n;
const HOUR = GENESIS + 7200n;
const SLOT = slotDenom("rtx4090", HOUR);

function backSlot(f: FullApp, holder: string, units: bigint, status: number = CommitmentStatus.COMMITMENT_STATUS_ACTIVE): void {
  f.direct((ctx) => {
    const pk = f.pogcs.poolsKeeper;
    pk.setCommitment(ctx, { id: 1n, deviceId: 1n, owner: holder, denom: SLOT, hourStart: HOUR, units, remaining: units, status, createdHeight: 1n, burned: 0n });
    if (!pk.getLedger(ctx, HOUR, SLOT)) {
      pk.setLedger(ctx, HOUR, { denom: SLOT, minted: units, burned: 0n });
      f.pogcs.keepers.bank.mint(ctx, POOLS_MODULE_ACCOUNT, [{ denom: SLOT, amount: units }]);
      f.pogcs.keepers.bank.sendFromModuleToAccount(ctx, POOLS_MODULE_ACCOUNT, holder, [{ denom: SLOT, amount: units }]);
    }
  });
}

const view = (f: FullApp) => createQueryContext(f.cms, "view", f.cms.version);

const msg = (name: string, T: { fromObject(o: unknown): unknown; encode(m: never): { finish(): Uint8Array } }, o: Record<string, unknown>) => ({
  typeUrl: `/pogcs.amm.v1.${name}`,
  value: T.encode(T.fromObject(o) as never).finish(),
});

describe("amm in the full app", () => {
  it("add liquidity, swap, sell the position NFT, remove by the new owner; unbacked slots cannot be bought", () => {
    const f = createFullApp({ validators: 1, accounts: 3 });
    const [lp, buyer, other] = [f.signers[1]!.address, f.signers[2]!.address, f.signers[3]!.address];
    backSlot(f, lp, 100_000n);
    const deadline = (GENESIS + 1000n).toString();
    const one = (i: number, m: { typeUrl: string; value: Uint8Array }) => f.block([f.tx(i, [m])]).txResults[0]!;

    const added = one(1, msg("MsgAddLiquidity", A.MsgAddLiquidity, { provider: lp, slotDenom: SLOT, baseMax: "50000", quoteMax: "500000000", minShares: "1", deadline }));
    expect(added.log).toBe("");
    expect(f.pogcs.nft.ownerOf(view(f), "amm-lp", "lp-1")).toBe(lp);

    const swapped = one(2, msg("MsgSwapExactIn", A.MsgSwapExactIn, { trader: buyer, slotDenom: SLOT, denomIn: "ugcs", amountIn: "10000000", minAmountOut: "900", deadline }));
    expect(swapped.log).toBe("");
    const pool = f.query("/pogcs.amm.v1.Query/Pool", A.QueryPoolRequest.encode({ slotDenom: SLOT }).finish(), A.QueryPoolResponse).pool!;
    expect(pool.pool!.baseReserve).not.toBe("50000");
    expect(pool.tradingOpen).toBe(true);

    const sent = one(1, { typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: NftMsgSend.encode({ classId: "amm-lp", id: "lp-1", sender: lp, receiver: other }).finish() });
    expect(sent.log).toBe("");
    const byOwner = f.query("/pogcs.amm.v1.Query/PositionsByOwner", A.QueryPositionsByOwnerRequest.encode({ owner: other }).finish(), A.QueryPositionsByOwnerResponse);
    expect(byOwner.positions.map((p: pogcs.amm.v1.IPositionView) => p.position!.nftId)).toEqual(["lp-1"]);
    const shares = byOwner.positions[0]!.position!.shares!;

    const refused = one(1, msg("MsgRemoveLiquidity", A.MsgRemoveLiquidity, { owner: lp, positionId: "1", shares, minBase: "0", minQuote: "0", deadline }));
    expect([refused.code, refused.codespace]).toEqual([12, "amm"]);
    const removed = one(3, msg("MsgRemoveLiquidity", A.MsgRemoveLiquidity, { owner: other, positionId: "1", shares, minBase: "1", minQuote: "1", deadline }));
    expect(removed.log).toBe("");
    expect(f.pogcs.keepers.bank.getBalance(view(f), other, SLOT)).toBeGreaterThan(0n);
    expect(f.pogcs.nft.ownerOf(view(f), "amm-lp", "lp-1")).toBeUndefined();

    backSlot(f, lp, 100_000n, CommitmentStatus.COMMITMENT_STATUS_DEFAULTED);
    const unbacked = one(2, msg("MsgSwapExactIn", A.MsgSwapExactIn, { trader: buyer, slotDenom: SLOT, denomIn: "ugcs", amountIn: "1000000", minAmountOut: "0", deadline }));
    expect([unbacked.code, unbacked.codespace]).toEqual([14, "amm"]);

    const ix = f.query("/pogcs.amm.v1.Query/PriceIndex", A.QueryPriceIndexRequest.encode({ slotClass: "rtx4090", windowSeconds: 3600 as never }).finish(), A.QueryPriceIndexResponse);
    expect(BigInt(ix.price)).toBeGreaterThan(0n);
    expect(f.pogcs.app.runInvariants()).toEqual([]);

    // Every REST route builds a request its ABCI query answers.
    const params = { slot_class: "rtx4090", hour: SLOT.split("/")[2]!, position_id: "1", owner: other };
    const query = { denom_in: "ugcs", amount: "1000", window_seconds: "60" };
    for (const route of AMM_ROUTES) {
      const res = f.pogcs.app.query(route.path, route.req.encode(route.req.fromPartial(route.build(params, query) as never) as never).finish());
      // The position was emptied and burnt (amm 16); the slot is unbacked now, so no quote (amm 14).
      const want = route.url.includes(":position_id") ? [16, "amm"] : route.url.endsWith("/quote") ? [14, "amm"] : [0, ""];
      expect([route.url, res.code, res.codespace ?? ""]).toEqual([route.url, ...want]);
      if (res.code === 0) expect(route.res.toJSON(route.res.decode(res.value!) as never)).toBeTruthy();
    }
  });
});
