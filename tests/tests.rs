//! rbdctl's end-to-end tests: one test binary (cargo builds one per top-level file in
//! tests/), its modules in tests/it/, sharing one harness (tests/it/harness/): the
//! throwaway clusters, a hermetic process helper and one cleanup guard.
//!
//! Nothing here depends on the order tests run in: each cluster variant is started on
//! first use, and tests that hurt a whole cluster hold its lock.

#[path = "it/harness/mod.rs"]
mod harness;

#[path = "it/backup.rs"]
mod backup;
#[path = "it/bad_input.rs"]
mod bad_input;
#[path = "it/first_day.rs"]
mod first_day;
#[path = "it/first_day_cli.rs"]
mod first_day_cli;
#[path = "it/formats.rs"]
mod formats;
#[path = "it/generated.rs"]
mod generated;
#[path = "it/image.rs"]
mod image;
#[path = "it/integrity.rs"]
mod integrity;
#[path = "it/json_schema.rs"]
mod json_schema;
#[path = "it/mon.rs"]
mod mon;
#[path = "it/operators.rs"]
mod operators;
#[path = "it/reliability.rs"]
mod reliability;
#[path = "it/scale.rs"]
mod scale;
#[path = "it/security.rs"]
mod security;
#[path = "it/volume.rs"]
mod volume;
