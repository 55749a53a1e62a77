/**
 * The PostgreSQL layout of the optional event sink. Table and view names and their columns follow
 * CometBFT's psql sink (state/indexer/sink/psql/schema.sql), so queries written for a CometBFT
 * chain run here too. Differences, each for a reason:
 * - `blocks` also keeps header facts an explorer wants without a second source (hash, time,
 *   proposer, tx count, app hash);
 * - `attributes` has no UNIQUE(event_id, key): an event may repeat a key (e.g. two `amount`s),
 *   and a whole block is written in one transaction, so the block row alone guards re-insertion;
 * - `tx_results.tx_hash` is indexed because lookups by hash are the common query;
 * - everything is `IF NOT EXISTS` / `OR REPLACE`: the node installs the schema itself on connect.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS blocks (
  rowid            BIGSERIAL PRIMARY KEY,
  height           BIGINT NOT NULL,
  chain_id         VARCHAR NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL,
  hash             VARCHAR NOT NULL DEFAULT '',
  time             TIMESTAMPTZ NULL,
  proposer_address VARCHAR NOT NULL DEFAULT '',
  num_txs          INTEGER NOT NULL DEFAULT 0,
  app_hash         VARCHAR NOT NULL DEFAULT '',
  UNIQUE (height, chain_id)
);
CREATE INDEX IF NOT EXISTS idx_blocks_height_chain ON blocks (height, chain_id);

CREATE TABLE IF NOT EXISTS tx_results (
  rowid      BIGSERIAL PRIMARY KEY,
  block_id   BIGINT NOT NULL REFERENCES blocks (rowid),
  index      INTEGER NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  tx_hash    VARCHAR NOT NULL,
  tx_result  BYTEA NOT NULL,
  UNIQUE (block_id, index)
);
CREATE INDEX IF NOT EXISTS idx_tx_results_hash ON tx_results (tx_hash);

CREATE TABLE IF NOT EXISTS events (
  rowid    BIGSERIAL PRIMARY KEY,
  block_id BIGINT NOT NULL REFERENCES blocks (rowid),
  tx_id    BIGINT NULL REFERENCES tx_results (rowid),
  type     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS attributes (
  event_id      BIGINT NOT NULL REFERENCES events (rowid),
  key           VARCHAR NOT NULL,
  composite_key VARCHAR NOT NULL,
  value         VARCHAR NULL
);
CREATE INDEX IF NOT EXISTS idx_attributes_event ON attributes (event_id);
CREATE INDEX IF NOT EXISTS idx_attributes_composite ON attributes (composite_key, value);

CREATE OR REPLACE VIEW event_attributes AS
  SELECT block_id, tx_id, type, key, composite_key, value
  FROM events LEFT JOIN attributes ON (events.rowid = attributes.event_id);

CREATE OR REPLACE VIEW block_events AS
  SELECT blocks.rowid AS block_id, height, chain_id, type, key, composite_key, value
  FROM blocks JOIN event_attributes ON (blocks.rowid = event_attributes.block_id)
  WHERE event_attributes.tx_id IS NULL;

CREATE OR REPLACE VIEW tx_events AS
  SELECT height, index, chain_id, type, key, composite_key, value, tx_results.created_at
  FROM blocks JOIN tx_results ON (blocks.rowid = tx_results.block_id)
  JOIN event_attributes ON (tx_results.rowid = event_attributes.tx_id)
  WHERE event_attributes.tx_id IS NOT NULL;
`;
