export const HELP: Record<string, string> = {
  root: `pogcsd: the PoGCS chain node

Usage: pogcsd <command> [flags]

Commands:
  init                 create a node home (genesis, validator key, config)
  start                run the node (block production + RPC)
  keys add|list|show   manage account keys in <home>/keyring
  query bank balances  read balances over the RPC
  tx bank send         sign and broadcast a MsgSend

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
  keys: `pogcsd keys: manage account keys (file keyring in <home>/keyring, mode 0600)

Usage:
  pogcsd keys add NAME [--recover] [--home DIR]   create a key (--recover reads a mnemonic from stdin)
  pogcsd keys list [--home DIR]                   list keys
  pogcsd keys show NAME [--address] [--home DIR]  show one key (--address prints only the address)

The keyring stores mnemonics in plain text, like Cosmos' "test" backend: use it for devnets.`,
  query: `pogcsd query: read chain state over the RPC

Usage: pogcsd query bank balances ADDRESS [--denom DENOM] [--node URL]

  --node URL   RPC endpoint (default http://127.0.0.1:26657)
  --denom D    only this denom`,
  tx: `pogcsd tx: sign and broadcast transactions

Usage: pogcsd tx bank send FROM_KEY TO_ADDRESS AMOUNT [--fees COINS] [--gas N] [--memo TEXT] [--node URL] [--home DIR]

  AMOUNT        e.g. 1000ugcs
  --fees COINS  fee (default 5000ugcs)
  --gas N       gas limit (default 200000)
  --node URL    RPC endpoint (default http://127.0.0.1:26657)

Waits until the tx is in a block and prints its hash, height and code.`,
};
