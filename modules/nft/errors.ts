import { registerError } from "../../chain/errors/index.js";

/** The nft codespace: 3..8 are the Cosmos SDK x/nft numbers; PoGCS additions follow. */
export const ErrClassExists = registerError("nft", 3, "nft class already exists");
export const ErrClassNotExists = registerError("nft", 4, "nft class does not exist");
export const ErrNFTExists = registerError("nft", 5, "nft already exists");
export const ErrNFTNotExists = registerError("nft", 6, "nft does not exist");
export const ErrEmptyClassID = registerError("nft", 7, "empty class id");
export const ErrEmptyNFTID = registerError("nft", 8, "empty nft id");
export const ErrInvalidID = registerError("nft", 9, "invalid class or nft id");
export const ErrNotOwner = registerError("nft", 10, "not the owner of the nft");
export const ErrNotApproved = registerError("nft", 11, "not approved to move the nft");
export const ErrNotTransferable = registerError("nft", 12, "nft class is not transferable");
export const ErrTransferBlocked = registerError("nft", 13, "nft transfer blocked");
export const ErrRentalExpired = registerError("nft", 14, "usage right expiry is not in the future");
export const ErrRentalActive = registerError("nft", 15, "nft has an unexpired usage right");
export const ErrNotClassAdmin = registerError("nft", 16, "not the class admin or owning module");
export const ErrSelfApproval = registerError("nft", 17, "cannot approve the owner itself");
