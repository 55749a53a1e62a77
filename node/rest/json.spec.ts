import { describe, it, expect } from "vitest";
import { toGatewayJson, decFromAtomics } from "./json.js";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";

describe("gateway JSON", () => {
  it("snake_cases fields, expands known Anys and prints LegacyDec as decimals", () => {
    const any = { typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: Buffer.from(BaseAccount.encode({ address: "gcs1x", accountNumber: 7n, sequence: 2n }).finish()).toString("base64") };
    expect(toGatewayJson({ account: any, delegatorShares: "1500000000000000000", nextKey: "" })).toEqual({
      account: { "@type": "/cosmos.auth.v1beta1.BaseAccount", address: "gcs1x", account_number: "7", sequence: "2" },
      delegator_shares: "1.500000000000000000",
      next_key: "",
    });
    expect(toGatewayJson({ typeUrl: "/unknown.Type", value: "AAE=" })).toEqual({ "@type": "/unknown.Type", value: "AAE=" });
    expect(decFromAtomics("5")).toBe("0.000000000000000005");
    expect(decFromAtomics("-10000000000000000000")).toBe("-10.000000000000000000");
  });
});
