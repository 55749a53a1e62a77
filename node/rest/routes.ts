import * as authQ from "cosmjs-types/cosmos/auth/v1beta1/query";
import * as bankQ from "cosmjs-types/cosmos/bank/v1beta1/query";
import * as stakingQ from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as slashingQ from "cosmjs-types/cosmos/slashing/v1beta1/query";
import * as nftQ from "cosmjs-types/cosmos/nft/v1beta1/query";
import { RestError, GRPC } from "./errors.js";

/** A cosmjs-types message codec, as far as the gateway needs it. */
export interface Codec {
  fromPartial(o: never): unknown;
  encode(m: never): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  toJSON(m: never): unknown;
}

export type Params = Record<string, string>;

/** A GET route of the Cosmos REST API served by an ABCI query (grpc-gateway's mapping). */
export interface GrpcRoute {
  url: string;
  path: string;
  req: Codec;
  res: Codec;
  build(params: Params, query: Params): Record<string, unknown>;
}

const c = (x: unknown) => x as Codec;

/** `pagination.key|offset|limit|count_total|reverse` query parameters. */
export function pagination(q: Params): Record<string, unknown> | undefined {
  const has = Object.keys(q).some((k) => k.startsWith("pagination."));
  if (!has) return undefined;
  const int = (k: string) => {
    const v = q[`pagination.${k}`];
    if (v === undefined || v === "") return undefined;
    if (!/^[0-9]+$/.test(v)) throw new RestError(GRPC.INVALID_ARGUMENT, `pagination.${k} must be a non-negative integer`);
    return BigInt(v);
  };
  const key = q["pagination.key"];
  return {
    key: key ? new Uint8Array(Buffer.from(key, "base64")) : new Uint8Array(),
    offset: int("offset") ?? 0n,
    limit: int("limit") ?? 0n,
    countTotal: q["pagination.count_total"] === "true",
    reverse: q["pagination.reverse"] === "true",
  };
}

const STATUS: Record<string, number> = {
  BOND_STATUS_UNSPECIFIED: 0,
  BOND_STATUS_UNBONDED: 1,
  BOND_STATUS_UNBONDING: 2,
  BOND_STATUS_BONDED: 3,
};

const route = (url: string, service: string, method: string, req: unknown, res: unknown, build: GrpcRoute["build"]): GrpcRoute => ({
  url,
  path: `/${service}/${method}`,
  req: c(req),
  res: c(res),
  build,
});

const AUTH = "cosmos.auth.v1beta1.Query";
const BANK = "cosmos.bank.v1beta1.Query";
const STAKING = "cosmos.staking.v1beta1.Query";
const SLASHING = "cosmos.slashing.v1beta1.Query";
const NFT = "cosmos.nft.v1beta1.Query";

export const GRPC_ROUTES: GrpcRoute[] = [
  route("/cosmos/auth/v1beta1/accounts/:address", AUTH, "Account", authQ.QueryAccountRequest, authQ.QueryAccountResponse, (p) => ({ address: p.address })),
  route("/cosmos/auth/v1beta1/accounts", AUTH, "Accounts", authQ.QueryAccountsRequest, authQ.QueryAccountsResponse, (_p, q) => ({ pagination: pagination(q) })),
  route("/cosmos/auth/v1beta1/account_info/:address", AUTH, "AccountInfo", authQ.QueryAccountInfoRequest, authQ.QueryAccountInfoResponse, (p) => ({ address: p.address })),
  route("/cosmos/auth/v1beta1/params", AUTH, "Params", authQ.QueryParamsRequest, authQ.QueryParamsResponse, () => ({})),
  route("/cosmos/auth/v1beta1/module_accounts/:name", AUTH, "ModuleAccountByName", authQ.QueryModuleAccountByNameRequest, authQ.QueryModuleAccountByNameResponse, (p) => ({ name: p.name })),
  route("/cosmos/auth/v1beta1/bech32", AUTH, "Bech32Prefix", authQ.Bech32PrefixRequest, authQ.Bech32PrefixResponse, () => ({})),

  route("/cosmos/bank/v1beta1/balances/:address", BANK, "AllBalances", bankQ.QueryAllBalancesRequest, bankQ.QueryAllBalancesResponse, (p, q) => ({ address: p.address, pagination: pagination(q) })),
  route("/cosmos/bank/v1beta1/balances/:address/by_denom", BANK, "Balance", bankQ.QueryBalanceRequest, bankQ.QueryBalanceResponse, (p, q) => ({ address: p.address, denom: q.denom ?? "" })),
  route("/cosmos/bank/v1beta1/spendable_balances/:address", BANK, "SpendableBalances", bankQ.QuerySpendableBalancesRequest, bankQ.QuerySpendableBalancesResponse, (p, q) => ({ address: p.address, pagination: pagination(q) })),
  route("/cosmos/bank/v1beta1/spendable_balances/:address/by_denom", BANK, "SpendableBalanceByDenom", bankQ.QuerySpendableBalanceByDenomRequest, bankQ.QuerySpendableBalanceByDenomResponse, (p, q) => ({ address: p.address, denom: q.denom ?? "" })),
  route("/cosmos/bank/v1beta1/supply", BANK, "TotalSupply", bankQ.QueryTotalSupplyRequest, bankQ.QueryTotalSupplyResponse, (_p, q) => ({ pagination: pagination(q) })),
  route("/cosmos/bank/v1beta1/supply/by_denom", BANK, "SupplyOf", bankQ.QuerySupplyOfRequest, bankQ.QuerySupplyOfResponse, (_p, q) => ({ denom: q.denom ?? "" })),
  route("/cosmos/bank/v1beta1/params", BANK, "Params", bankQ.QueryParamsRequest, bankQ.QueryParamsResponse, () => ({})),
  route("/cosmos/bank/v1beta1/denoms_metadata", BANK, "DenomsMetadata", bankQ.QueryDenomsMetadataRequest, bankQ.QueryDenomsMetadataResponse, (_p, q) => ({ pagination: pagination(q) })),
  route("/cosmos/bank/v1beta1/denoms_metadata/:denom", BANK, "DenomMetadata", bankQ.QueryDenomMetadataRequest, bankQ.QueryDenomMetadataResponse, (p) => ({ denom: p.denom })),

  route("/cosmos/staking/v1beta1/validators", STAKING, "Validators", stakingQ.QueryValidatorsRequest, stakingQ.QueryValidatorsResponse, (_p, q) => ({
    status: q.status === undefined ? "" : q.status in STATUS ? q.status : (() => { throw new RestError(GRPC.INVALID_ARGUMENT, `invalid validator status ${q.status}`); })(),
    pagination: pagination(q),
  })),
  route("/cosmos/staking/v1beta1/validators/:validator_addr", STAKING, "Validator", stakingQ.QueryValidatorRequest, stakingQ.QueryValidatorResponse, (p) => ({ validatorAddr: p.validator_addr })),
  route("/cosmos/staking/v1beta1/validators/:validator_addr/delegations", STAKING, "ValidatorDelegations", stakingQ.QueryValidatorDelegationsRequest, stakingQ.QueryValidatorDelegationsResponse, (p, q) => ({ validatorAddr: p.validator_addr, pagination: pagination(q) })),
  route("/cosmos/staking/v1beta1/validators/:validator_addr/delegations/:delegator_addr", STAKING, "Delegation", stakingQ.QueryDelegationRequest, stakingQ.QueryDelegationResponse, (p) => ({ validatorAddr: p.validator_addr, delegatorAddr: p.delegator_addr })),
  route("/cosmos/staking/v1beta1/validators/:validator_addr/delegations/:delegator_addr/unbonding_delegation", STAKING, "UnbondingDelegation", stakingQ.QueryUnbondingDelegationRequest, stakingQ.QueryUnbondingDelegationResponse, (p) => ({ validatorAddr: p.validator_addr, delegatorAddr: p.delegator_addr })),
  route("/cosmos/staking/v1beta1/validators/:validator_addr/unbonding_delegations", STAKING, "ValidatorUnbondingDelegations", stakingQ.QueryValidatorUnbondingDelegationsRequest, stakingQ.QueryValidatorUnbondingDelegationsResponse, (p, q) => ({ validatorAddr: p.validator_addr, pagination: pagination(q) })),
  route("/cosmos/staking/v1beta1/delegations/:delegator_addr", STAKING, "DelegatorDelegations", stakingQ.QueryDelegatorDelegationsRequest, stakingQ.QueryDelegatorDelegationsResponse, (p, q) => ({ delegatorAddr: p.delegator_addr, pagination: pagination(q) })),
  route("/cosmos/staking/v1beta1/delegators/:delegator_addr/unbonding_delegations", STAKING, "DelegatorUnbondingDelegations", stakingQ.QueryDelegatorUnbondingDelegationsRequest, stakingQ.QueryDelegatorUnbondingDelegationsResponse, (p, q) => ({ delegatorAddr: p.delegator_addr, pagination: pagination(q) })),
  route("/cosmos/staking/v1beta1/delegators/:delegator_addr/redelegations", STAKING, "Redelegations", stakingQ.QueryRedelegationsRequest, stakingQ.QueryRedelegationsResponse, (p, q) => ({ delegatorAddr: p.delegator_addr, srcValidatorAddr: q.src_validator_addr ?? "", dstValidatorAddr: q.dst_validator_addr ?? "", pagination: pagination(q) })),
  route("/cosmos/staking/v1beta1/delegators/:delegator_addr/validators", STAKING, "DelegatorValidators", stakingQ.QueryDelegatorValidatorsRequest, stakingQ.QueryDelegatorValidatorsResponse, (p, q) => ({ delegatorAddr: p.delegator_addr, pagination: pagination(q) })),
  route("/cosmos/staking/v1beta1/delegators/:delegator_addr/validators/:validator_addr", STAKING, "DelegatorValidator", stakingQ.QueryDelegatorValidatorRequest, stakingQ.QueryDelegatorValidatorResponse, (p) => ({ delegatorAddr: p.delegator_addr, validatorAddr: p.validator_addr })),
  route("/cosmos/staking/v1beta1/historical_info/:height", STAKING, "HistoricalInfo", stakingQ.QueryHistoricalInfoRequest, stakingQ.QueryHistoricalInfoResponse, (p) => ({ height: BigInt(/^[0-9]+$/.test(p.height ?? "") ? p.height! : "0") })),
  route("/cosmos/staking/v1beta1/pool", STAKING, "Pool", stakingQ.QueryPoolRequest, stakingQ.QueryPoolResponse, () => ({})),
  route("/cosmos/staking/v1beta1/params", STAKING, "Params", stakingQ.QueryParamsRequest, stakingQ.QueryParamsResponse, () => ({})),

  route("/cosmos/slashing/v1beta1/signing_infos", SLASHING, "SigningInfos", slashingQ.QuerySigningInfosRequest, slashingQ.QuerySigningInfosResponse, (_p, q) => ({ pagination: pagination(q) })),
  route("/cosmos/slashing/v1beta1/signing_infos/:cons_address", SLASHING, "SigningInfo", slashingQ.QuerySigningInfoRequest, slashingQ.QuerySigningInfoResponse, (p) => ({ consAddress: p.cons_address })),
  route("/cosmos/nft/v1beta1/balance/:owner/:class_id", NFT, "Balance", nftQ.QueryBalanceRequest, nftQ.QueryBalanceResponse, (p) => ({ owner: p.owner, classId: p.class_id })),
  route("/cosmos/nft/v1beta1/owner/:class_id/:id", NFT, "Owner", nftQ.QueryOwnerRequest, nftQ.QueryOwnerResponse, (p) => ({ classId: p.class_id, id: p.id })),
  route("/cosmos/nft/v1beta1/supply/:class_id", NFT, "Supply", nftQ.QuerySupplyRequest, nftQ.QuerySupplyResponse, (p) => ({ classId: p.class_id })),
  route("/cosmos/nft/v1beta1/nfts", NFT, "NFTs", nftQ.QueryNFTsRequest, nftQ.QueryNFTsResponse, (_p, q) => ({ classId: q.class_id ?? "", owner: q.owner ?? "", pagination: pagination(q) })),
  route("/cosmos/nft/v1beta1/nfts/:class_id/:id", NFT, "NFT", nftQ.QueryNFTRequest, nftQ.QueryNFTResponse, (p) => ({ classId: p.class_id, id: p.id })),
  route("/cosmos/nft/v1beta1/classes/:class_id", NFT, "Class", nftQ.QueryClassRequest, nftQ.QueryClassResponse, (p) => ({ classId: p.class_id })),
  route("/cosmos/nft/v1beta1/classes", NFT, "Classes", nftQ.QueryClassesRequest, nftQ.QueryClassesResponse, (_p, q) => ({ pagination: pagination(q) })),
  route("/cosmos/slashing/v1beta1/params", SLASHING, "Params", slashingQ.QueryParamsRequest, slashingQ.QueryParamsResponse, () => ({})),
];
