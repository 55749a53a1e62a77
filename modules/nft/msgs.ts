import { MsgSend, MsgSendResponse } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { MsgSpec } from "../../chain/app/module.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { fromLong } from "../devices/long.js";
import type { NftKeeper } from "./keeper.js";
import { validateAddress, validateClassId, validateNftId } from "./keeper.js";

const V1 = pogcs.nft.v1;
const MAX_TEXT = 512;

function validateText(what: string, s: string): void {
  if (s.length > MAX_TEXT) throw ErrInvalidRequest.raise(`${what} longer than ${MAX_TEXT} characters`);
}

function response(name: string, bytes: Uint8Array): { typeUrl: string; value: Uint8Array } {
  return { typeUrl: `/pogcs.nft.v1.${name}`, value: bytes };
}

/** cosmos.nft.v1beta1.MsgSend plus the pogcs.nft.v1 class, mint, burn, approval and usage messages. */
export function nftMsgs(k: NftKeeper): MsgSpec<any>[] {
  const send: MsgSpec<MsgSend> = {
    typeUrl: "/cosmos.nft.v1beta1.MsgSend",
    decode: (b) => MsgSend.decode(b),
    signers: (m) => [m.sender],
    aminoJson: (m) => ({ type: "cosmos-sdk/MsgNFTSend", value: { class_id: m.classId, id: m.id, sender: m.sender, receiver: m.receiver } }),
    validateBasic(m) {
      validateClassId(m.classId);
      validateNftId(m.id);
      validateAddress(m.sender, "sender");
      validateAddress(m.receiver, "receiver");
    },
    handle(ctx, m) {
      k.transfer(ctx, { account: m.sender }, m.classId, m.id, m.receiver);
      return { typeUrl: "/cosmos.nft.v1beta1.MsgSendResponse", value: MsgSendResponse.encode({}).finish() };
    },
  };

  const createClass: MsgSpec<pogcs.nft.v1.MsgCreateClass> = {
    typeUrl: "/pogcs.nft.v1.MsgCreateClass",
    decode: (b) => V1.MsgCreateClass.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      validateAddress(m.sender, "sender");
      validateClassId(m.id);
      for (const [w, s] of [["name", m.name], ["symbol", m.symbol], ["description", m.description], ["uri", m.uri], ["uri_hash", m.uriHash]] as const) validateText(w, s);
    },
    handle(ctx, m) {
      k.createClass(ctx, { id: m.id, name: m.name, symbol: m.symbol, description: m.description, uri: m.uri, uriHash: m.uriHash, data: new Uint8Array(), admin: m.sender, module: "", transferable: m.transferable });
      return response("MsgCreateClassResponse", V1.MsgCreateClassResponse.encode({}).finish());
    },
  };

  const mint: MsgSpec<pogcs.nft.v1.MsgMint> = {
    typeUrl: "/pogcs.nft.v1.MsgMint",
    decode: (b) => V1.MsgMint.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      validateAddress(m.sender, "sender");
      validateAddress(m.receiver, "receiver");
      validateClassId(m.classId);
      validateNftId(m.id);
      validateText("uri", m.uri);
      validateText("uri_hash", m.uriHash);
    },
    handle(ctx, m) {
      k.mint(ctx, { account: m.sender }, { classId: m.classId, id: m.id, uri: m.uri, uriHash: m.uriHash, data: m.data, owner: m.receiver });
      return response("MsgMintResponse", V1.MsgMintResponse.encode({}).finish());
    },
  };

  const burn: MsgSpec<pogcs.nft.v1.MsgBurn> = {
    typeUrl: "/pogcs.nft.v1.MsgBurn",
    decode: (b) => V1.MsgBurn.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      validateAddress(m.sender, "sender");
      validateClassId(m.classId);
      validateNftId(m.id);
    },
    handle(ctx, m) {
      k.burn(ctx, { account: m.sender }, m.classId, m.id);
      return response("MsgBurnResponse", V1.MsgBurnResponse.encode({}).finish());
    },
  };

  const approve: MsgSpec<pogcs.nft.v1.MsgApprove> = {
    typeUrl: "/pogcs.nft.v1.MsgApprove",
    decode: (b) => V1.MsgApprove.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      validateAddress(m.sender, "sender");
      validateClassId(m.classId);
      validateNftId(m.id);
      if (m.spender !== "") validateAddress(m.spender, "spender");
    },
    handle(ctx, m) {
      k.approve(ctx, m.sender, m.classId, m.id, m.spender);
      return response("MsgApproveResponse", V1.MsgApproveResponse.encode({}).finish());
    },
  };

  const approvalForAll: MsgSpec<pogcs.nft.v1.MsgSetApprovalForAll> = {
    typeUrl: "/pogcs.nft.v1.MsgSetApprovalForAll",
    decode: (b) => V1.MsgSetApprovalForAll.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      validateAddress(m.owner, "owner");
      validateAddress(m.operator, "operator");
    },
    handle(ctx, m) {
      k.setApprovalForAll(ctx, m.owner, m.operator, m.approved);
      return response("MsgSetApprovalForAllResponse", V1.MsgSetApprovalForAllResponse.encode({}).finish());
    },
  };

  const setUser: MsgSpec<pogcs.nft.v1.MsgSetUser> = {
    typeUrl: "/pogcs.nft.v1.MsgSetUser",
    decode: (b) => V1.MsgSetUser.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      validateAddress(m.sender, "sender");
      validateAddress(m.user, "user");
      validateClassId(m.classId);
      validateNftId(m.id);
    },
    handle(ctx, m) {
      k.setUser(ctx, { account: m.sender }, m.classId, m.id, m.user, fromLong(m.expires));
      return response("MsgSetUserResponse", V1.MsgSetUserResponse.encode({}).finish());
    },
  };

  return [send, createClass, mint, burn, approve, approvalForAll, setUser];
}
