export const HELP: Record<string, string> = {
  root: `pogcsd: the PoGCS chain node

Usage: pogcsd <command> [flags]

Commands:
  init                 create a node home (genesis, validator key, config)
  start                run the node (block production + RPC)
  status               chain id, height, catching up, this node's validator, peers
  keys add|list|show   manage account keys in <home>/keyring
  query bank balances  read balances over the RPC
  query grpc PATH JSON any Cosmos or PoGCS query (query paths lists them)
  query staking validators  the validator set as a table
  tx bank send         sign and broadcast a MsgSend
  tx msg JSON          sign and broadcast any message(s) the chain routes
  tx staking create-validator|delegate|unbond, tx slashing unjail, tx gov vote

Every command takes --help. Default home: ./.pogcsd (or $POGCSD_HOME).`,
  init: `pogcsd init: create a node home

Usage: pogcsd init --chain-id ID [--home DIR] [--moniker NAME] [--account ADDR=COINS]... [--power N]

  --home DIR            node home (default ./.pogcsd)
  --chain-id ID         chain id, e.g. pogcs-devnet-1 (required)
  --moniker NAME        this node's name (default pogcs-node)
  --account ADDR=COINS  fund a genesis account, e.g. gcs1...=1000000000ugcs (repeatable)
  --power N             the validator's voting power (default 10)

Writes config/genesis.json, config/priv_validator_key.json, config/node_key.json (mode 0600)
and config/config.json. Refuses to overwrite an existing genesis.`,
  start: `pogcsd start: run the node

Usage: pogcsd start [--home DIR] [--rpc.laddr HOST:PORT] [--block-interval MS] [--log-format json|plain]
                    [--p2p.laddr HOST:PORT] [--p2p.persistent_peers ID@HOST:PORT,...]

  --rpc.laddr HOST:PORT  RPC listen address (default from config, 127.0.0.1:26657)
  --rest.laddr HOST:PORT Cosmos REST API address (default from config, 127.0.0.1:1317; "" disables)
  --block-interval MS    time between block starts (the commit timeout; default from config, 1000)
  --log-format FORMAT    json (default: one object per line with ts, level, msg, module) or plain
  --log-level LEVEL      debug, info (default), warn or error
  --check-invariants     check every module invariant after each block
  --p2p.laddr HOST:PORT  listen for peers (default from config; none = a lone validator)
  --p2p.persistent_peers ID@HOST:PORT,...  peers to keep connected (redialled forever)
  --timeout-propose MS   consensus propose timeout (round 0)
  --timeout-vote MS      prevote and precommit timeouts
  --timeout-commit MS    time between block starts (overrides --block-interval)
  --timeout-delta MS     added to the propose/prevote/precommit timeouts per round (default 500)
  --psql-conn URI        also copy every committed block, tx result and event into PostgreSQL
                         (postgresql://user:pass@host:5432/db; config txIndex.indexer = "psql")
  --test-clock           TEST ONLY: enable the unsafe_advance_time RPC that moves this node's consensus
                         clock forward (devnet and test chain ids only; advance every validator alike)
  --test-equivocate      TEST ONLY: sign two different prevotes now and then (refused unless the
                         chain id starts with pogcs-devnet or test); env POGCS_TEST_EQUIVOCATE=1

With peers, the node first block-syncs from peers that are ahead (status catching_up = true),
then joins consensus. The consensus WAL is <home>/data/cs.wal.

Stops cleanly on SIGINT/SIGTERM; state is always consistent, even after kill -9.`,
  status: `pogcsd status: the state of a node

Usage: pogcsd status [--node URL] [--output text|json]

  --node URL       RPC endpoint (default http://127.0.0.1:26657)
  --output json    print the raw RPC status and net_info answers

Prints chain_id, moniker, node_id, latest_height, latest_time, catching_up, this node's
validator (consensus address) and voting power (0 when it is not in the set), and peers.`,
  keys: `pogcsd keys: manage account keys (file keyring in <home>/keyring, mode 0600)

Usage:
  pogcsd keys add NAME [--recover] [--home DIR]   create a key (--recover reads a mnemonic from stdin)
  pogcsd keys list [--home DIR]                   list keys
  pogcsd keys show NAME [--address] [--home DIR]  show one key (--address prints only the address)

The keyring stores mnemonics in plain text, like Cosmos' "test" backend: use it for devnets.`,
  query: `pogcsd query: read chain state over the RPC

Usage:
  pogcsd query bank balances ADDRESS [--denom DENOM]
  pogcsd query grpc PATH [JSON] [--height H]   any query path, request as JSON, answer as JSON
  pogcsd query paths                           every query path query grpc knows, one per line
  pogcsd query msg-types                       every message type URL tx msg can encode
  pogcsd query staking validators [--output text|json]

  --node URL   RPC endpoint (default http://127.0.0.1:26657)
  --denom D    only this denom
  --height H   query the state at block H (default latest)

See pogcsd query grpc --help for the JSON format.`,
  "query grpc": `pogcsd query grpc: any Cosmos or PoGCS query, by its gRPC path

Usage: pogcsd query grpc PATH [JSON] [--node URL] [--height H]

  PATH         e.g. /cosmos.bank.v1beta1.Query/Balance or /pogcs.amm.v1.Query/Pool
               (pogcsd query paths lists them all)
  JSON         the request message as proto JSON, default {}: field names in camelCase
               (snake_case is converted), 64-bit integers as strings, bytes as base64,
               enums by name; e.g. '{"address": "gcs1...", "denom": "ugcs"}'
  --height H   the state at block H (default latest)
  --node URL   RPC endpoint (default http://127.0.0.1:26657)

Prints the response as JSON (snake_case, as the REST API serves it). A query the node refuses
prints its codespace, code and log and exits 1; an unknown path or bad JSON exits 2.`,
  tx: `pogcsd tx: sign and broadcast transactions

Usage:
  pogcsd tx bank send FROM_KEY TO_ADDRESS AMOUNT
  pogcsd tx msg JSON --from KEY                               any message(s), see tx msg --help
  pogcsd tx staking create-validator --amount COIN --from KEY  see tx staking --help
  pogcsd tx staking delegate VALOPER AMOUNT --from KEY
  pogcsd tx staking unbond VALOPER AMOUNT --from KEY
  pogcsd tx slashing unjail --from KEY
  pogcsd tx gov vote PROPOSAL_ID yes|no|abstain|no_with_veto --from KEY

Common flags: --node URL, --home DIR, --fees COINS (default 5000ugcs),
--gas auto|N (default auto: simulate, x1.3), --memo TEXT. Each waits for the block and prints
txhash, height, code, codespace, gas_wanted, gas_used, raw_log as JSON; a failed tx exits 1.

bank send: pogcsd tx bank send FROM_KEY TO_ADDRESS AMOUNT [--fees COINS] [--gas auto|N] [--memo TEXT] [--node URL] [--home DIR]

  AMOUNT             e.g. 1000ugcs
  --fees COINS       fee (default 5000ugcs)
  --gas auto|N       gas limit (default auto: simulate, x1.3)
  --node URL         RPC endpoint (default http://127.0.0.1:26657)

Waits until the tx is in a block and prints it like the other tx commands.`,
  "tx msg": `pogcsd tx msg: sign and broadcast any message(s) the chain routes

Usage: pogcsd tx msg JSON --from KEY [--node URL] [--home DIR] [--fees COINS] [--gas auto|N] [--memo TEXT]

  JSON   {"typeUrl": "/pogcs.amm.v1.MsgSwapExactIn", "value": {...}} or an array of those.
         value is proto JSON: camelCase field names (snake_case is converted), 64-bit integers
         and decimals as strings, bytes as base64, enums by name. An Any field may hold
         {"typeUrl", "value": {...}} (e.g. the messages of a MsgSubmitProposal).
         pogcsd query msg-types lists the type URLs.
  --from KEY        signing key in <home>/keyring
  --gas auto|N      auto (default) simulates the tx and uses 1.3 x the gas it used
  --fees COINS      default 5000ugcs

Example:
  pogcsd tx msg '{"typeUrl": "/cosmos.bank.v1beta1.MsgSend", "value": {"fromAddress": "gcs1...",
    "toAddress": "gcs1...", "amount": [{"denom": "ugcs", "amount": "1000"}]}}' --from alice

Waits for the block; a tx the chain refuses prints its codespace, code and log and exits 1.`,
  "tx staking": `pogcsd tx staking: validator operator transactions

Usage:
  pogcsd tx staking create-validator --amount COIN --from KEY [--moniker M] [--commission-rate 0.10]
      [--commission-max-rate 0.20] [--commission-max-change-rate 0.01] [--min-self-delegation 1]
      [--identity I] [--website W] [--details D] [--validator-key FILE]
  pogcsd tx staking delegate VALOPER AMOUNT --from KEY
  pogcsd tx staking unbond VALOPER AMOUNT --from KEY

create-validator makes the --from account the operator (its gcsvaloper address) and the consensus
key the one in <home>/config/priv_validator_key.json (or --validator-key FILE): run it with the
--home of the node that will sign blocks. --amount is the self-delegation; the moniker defaults to
the home's config.json moniker. Plus the common tx flags (--node, --home, --fees, --gas, --memo).`,
};

/** The most specific help for a command line: "tx staking", then "tx", then the root. */
export function helpFor(positional: string[]): string {
  const [cmd, sub] = positional;
  return HELP[`${cmd} ${sub}`] ?? HELP[cmd ?? ""] ?? HELP.root!;
}
