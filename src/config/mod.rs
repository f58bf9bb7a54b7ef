//! Every effective setting and where it came from. One precedence everywhere, highest
//! first: command-line flags (global and per-command) > environment (`CEPH_CONF`,
//! `RBDCTL_*`) > the OpenStack file named on the command line (`--glance-config` /
//! `--cinder-config`) > rbdctl's own TOML file > built-in defaults.
//!
//! Resolution happens once: [`Settings::resolve`] layers raw values ([`Layers`], private
//! to this module), validates each as it is read with the value types' parsers, and
//! returns a typed [`Settings`] whose fields carry their source. Nothing outside this
//! module looks a setting up by name.
//!
//! It reads the files it is pointed at and nothing else: no Ceph calls, no environment
//! variable read directly (the caller passes a lookup function), nothing printed (notes
//! for the operator are returned in [`Settings::notes`]). Secrets are never shown:
//! `CEPH_ARGS` is reported only as `(set)` / `(unset)`.
//!
//! Files: `table.rs` the settings and validation, `own_file.rs` rbdctl's TOML,
//! `openstack.rs` glance-api.conf and cinder.conf, `tests.rs` the tests.

mod openstack;
mod own_file;
mod table;
#[cfg(test)]
mod tests;

pub use table::{Source, names};

use crate::error::{Error, Result};
use crate::types::{ClientId, Count, Features, HashAlgo, ObjectSize, PoolName, QueueDepth, Seconds, Uuid};
use openstack::{IniFile, OsFile};
use own_file::toml_path;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::str::FromStr;
use table::{Parsed, SETTINGS, check, find_spec, flag_of, invalid_value, is_secret, parse_bool};

/// A value given on the command line for a setting: a global flag (`--op-timeout`, whose
/// name is the setting's) or a command's own (`image upload --pool` sets `image_pool`).
#[derive(Debug, Clone)]
pub struct FlagValue {
    pub setting: &'static str,
    /// The flag's name without dashes, underscores for dashes (`pool`, `op_timeout`).
    pub flag: &'static str,
    pub value: String,
}

/// Everything the resolver reads. The CLI fills it from its flags and the process
/// environment; tests fill it by hand.
pub struct Inputs<'a> {
    /// `--config FILE`: rbdctl's TOML file (must exist).
    pub config: Option<PathBuf>,
    pub glance_config: Option<PathBuf>,
    /// `--store NAME`: a store of a multi-store glance-api.conf.
    pub store: Option<String>,
    pub cinder_config: Option<PathBuf>,
    /// `--backend NAME`: a cinder.conf backend, by section name or volume_backend_name.
    pub backend: Option<String>,
    /// Every setting given on the command line, global or per-command.
    pub flags: Vec<FlagValue>,
    /// Environment lookup (`|v| std::env::var(v).ok()` in the CLI).
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// The home directory, for `~/.config/rbdctl/config.toml`; `None` skips that path.
    pub home: Option<PathBuf>,
    /// Whether to look at `/etc/rbdctl/config.toml`.
    pub search_system: bool,
}

/// One line of `rbdctl config show`.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub name: String,
    pub value: Option<String>,
    pub source: Source,
}

/// A resolved value and the layer it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The resolved settings, typed. Built once by [`Settings::resolve`].
#[derive(Debug, Clone)]
pub struct Settings {
    // Connection.
    pub conf: Sourced<Option<PathBuf>>,
    pub id: Sourced<Option<ClientId>>,
    pub keyring: Sourced<Option<PathBuf>>,
    pub cluster: Sourced<String>,
    pub connect_timeout: Sourced<Seconds>,
    pub op_timeout: Sourced<Seconds>,
    pub retries: Sourced<Count>,
    pub retry_interval: Sourced<Seconds>,
    pub queue_depth: Sourced<QueueDepth>,
    // Glance image store.
    pub image_pool: Sourced<PoolName>,
    pub chunk_size: Sourced<ObjectSize>,
    pub hash: Sourced<HashAlgo>,
    pub thin: Sourced<bool>,
    // Cinder volume driver.
    pub volume_pool: Sourced<PoolName>,
    pub object_size: Sourced<ObjectSize>,
    pub features: Sourced<Features>,
    pub flatten_volume_from_snapshot: Sourced<bool>,
    pub max_clone_depth: Sourced<Count>,
    pub secret_uuid: Sourced<Option<Uuid>>,
    pub backend_name: Sourced<Option<String>>,
    // Cinder's Ceph backup driver.
    pub backup_ceph_pool: Sourced<PoolName>,
    pub backup_ceph_user: Sourced<ClientId>,
    pub backup_ceph_conf: Sourced<Option<PathBuf>>,
    pub backup_ceph_chunk_size: Sourced<Count>,
    pub backup_ceph_stripe_unit: Sourced<Count>,
    pub backup_ceph_stripe_count: Sourced<Count>,
    pub backup_ceph_max_snapshots: Sourced<Count>,
    pub restore_discard_excess_bytes: Sourced<bool>,
    /// Things the operator should know (e.g. skipped non-RBD Cinder backends); the
    /// caller prints them.
    pub notes: Vec<String>,
    rows: Vec<Row>,
}

impl Settings {
    /// Layer every source, validate each value as it is read, and type the result.
    pub fn resolve(inputs: &Inputs) -> Result<Settings> {
        let layers = Layers::resolve(inputs)?;
        Ok(Settings {
            conf: layers.optional("conf", |raw| Ok(PathBuf::from(raw)))?,
            id: layers.optional("id", typed::<ClientId>)?,
            keyring: layers.optional("keyring", |raw| Ok(PathBuf::from(raw)))?,
            cluster: layers.required("cluster", |raw| Ok(raw.to_string()))?,
            connect_timeout: layers.required("connect_timeout", typed)?,
            op_timeout: layers.required("op_timeout", typed)?,
            retries: layers.required("retries", typed)?,
            retry_interval: layers.required("retry_interval", typed)?,
            queue_depth: layers.required("queue_depth", typed)?,
            image_pool: layers.required("image_pool", typed)?,
            chunk_size: layers.required("chunk_size", typed)?,
            hash: layers.required("hash", typed)?,
            thin: layers.required("thin", parse_bool)?,
            volume_pool: layers.required("volume_pool", typed)?,
            object_size: layers.required("object_size", typed)?,
            features: layers.required("features", typed)?,
            flatten_volume_from_snapshot: layers.required("flatten_volume_from_snapshot", parse_bool)?,
            max_clone_depth: layers.required("max_clone_depth", typed)?,
            secret_uuid: layers.optional("secret_uuid", typed)?,
            backend_name: layers.optional("backend_name", |raw| Ok(raw.to_string()))?,
            backup_ceph_pool: layers.required("backup_ceph_pool", typed)?,
            backup_ceph_user: layers.required("backup_ceph_user", typed)?,
            backup_ceph_conf: layers.optional("backup_ceph_conf", |raw| Ok(PathBuf::from(raw)))?,
            backup_ceph_chunk_size: layers.required("backup_ceph_chunk_size", typed)?,
            backup_ceph_stripe_unit: layers.required("backup_ceph_stripe_unit", typed)?,
            backup_ceph_stripe_count: layers.required("backup_ceph_stripe_count", typed)?,
            backup_ceph_max_snapshots: layers.required("backup_ceph_max_snapshots", typed)?,
            restore_discard_excess_bytes: layers.required("restore_discard_excess_bytes", parse_bool)?,
            notes: layers.notes.clone(),
            rows: layers.rows(),
        })
    }

    /// Every setting in table order, then `ceph_args` (only whether it is set).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
}

/// The client id CEPH_ARGS names with `--id ID`, `--user ID` or `--name`/`-n client.ID`
/// (the last one wins, as on a command line). librados' `rados_conf_parse_env` reads the
/// rest of CEPH_ARGS but not the name, which must be given to `rados_create2`, before
/// it: Ceph's own tools take it out of the arguments first (ceph_argparse_early_args).
fn client_id_in_ceph_args(args: &str) -> Result<Option<String>> {
    let words: Vec<&str> = args.split_whitespace().collect();
    let mut id = None;
    let mut i = 0;
    while i < words.len() {
        let (flag, inline) = match words[i].split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v)),
            _ => (words[i], None),
        };
        let takes = matches!(flag, "--id" | "--user" | "--name" | "-n");
        if takes {
            let value = match inline {
                Some(v) => v,
                None => {
                    i += 1;
                    *words.get(i).ok_or_else(|| Error::invalid(format!("CEPH_ARGS: {flag} needs a value")))?
                }
            };
            id = Some(if matches!(flag, "--name" | "-n") {
                value.strip_prefix("client.").map(str::to_string).ok_or_else(|| {
                    Error::invalid(format!(
                        "CEPH_ARGS: {flag} {value}: rbdctl connects as a client; give client.NAME, or --id NAME"
                    ))
                })?
            } else {
                value.to_string()
            });
        }
        i += 1;
    }
    Ok(id)
}

/// A value type's parser, with the type's own message as "what was expected".
fn typed<T: FromStr<Err = Error>>(raw: &str) -> Parsed<T> {
    raw.parse::<T>().map_err(|e| e.to_string())
}

/// The raw layers: for each setting its raw value (as written) and where it came from.
/// Private to this module; [`Settings::resolve`] turns it into the typed struct.
#[derive(Debug, Clone)]
struct Layers {
    values: HashMap<&'static str, (String, Source)>,
    ceph_args_set: bool,
    notes: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------

impl Layers {
    /// Layer every source, lowest precedence first, validating each value as it is read.
    fn resolve(inputs: &Inputs) -> Result<Layers> {
        if inputs.store.is_some() && inputs.glance_config.is_none() {
            return Err(Error::invalid("--store selects a store of a Glance config file: it needs --glance-config"));
        }
        if inputs.backend.is_some() && inputs.cinder_config.is_none() {
            return Err(Error::invalid(
                "--backend selects a backend of a Cinder config file: it needs --cinder-config",
            ));
        }
        if inputs.glance_config.is_some() && inputs.cinder_config.is_some() {
            return Err(Error::invalid("give either --glance-config or --cinder-config, not both"));
        }
        let env = |var: &str| (inputs.env)(var).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());

        let mut s = Layers { values: HashMap::new(), ceph_args_set: env("CEPH_ARGS").is_some(), notes: vec![] };

        // 1. Built-in defaults.
        for spec in SETTINGS {
            if let Some(d) = spec.default {
                s.values.insert(spec.name, (d.to_string(), Source::Default));
            }
        }

        // 2. rbdctl's TOML file.
        if let Some(path) = toml_path(inputs, &env)? {
            s.apply_toml(&path)?;
        }

        // 3. The OpenStack file.
        if let Some(path) = &inputs.glance_config {
            s.apply_glance(&IniFile::load(path, OsFile::Glance)?, inputs.store.as_deref())?;
        }
        if let Some(path) = &inputs.cinder_config {
            s.apply_cinder(&IniFile::load(path, OsFile::Cinder)?, inputs.backend.as_deref())?;
        }

        // 4. Environment: CEPH_CONF and the client name in CEPH_ARGS, then RBDCTL_<NAME>
        //    (so RBDCTL_CONF beats CEPH_CONF, RBDCTL_ID beats CEPH_ARGS' --id).
        if let Some(v) = env("CEPH_CONF") {
            s.set("conf", &v, Source::Env { var: "CEPH_CONF".into() })?;
        }
        if let Some(id) = env("CEPH_ARGS").as_deref().map(client_id_in_ceph_args).transpose()?.flatten() {
            s.set("id", &id, Source::Env { var: "CEPH_ARGS".into() })?;
        }
        for spec in SETTINGS {
            let var = format!("RBDCTL_{}", spec.name.to_ascii_uppercase());
            if let Some(v) = env(&var) {
                s.set(spec.name, &v, Source::Env { var })?;
            }
        }

        // 5. Flags.
        for f in &inputs.flags {
            s.set(f.setting, &f.value, Source::Flag { flag: f.flag.to_string() })?;
        }
        Ok(s)
    }

    /// Validate `raw` for setting `name` and record it, replacing any lower layer.
    fn set(&mut self, name: &str, raw: &str, source: Source) -> Result<()> {
        let spec =
            find_spec(name).ok_or_else(|| Error::invalid(format!("unknown setting {name:?} (from {source})")))?;
        let raw = raw.trim();
        check(spec.kind, raw).map_err(|expected| invalid_value(raw, spec.name, &source, &expected))?;
        self.values.insert(spec.name, (raw.to_string(), source));
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Reading the layers: by name, inside this module only
// ---------------------------------------------------------------------------------------

/// Lookups take a setting's name from the table; any other name is a bug in this module
/// and panics (the names are all written in `Settings::resolve` and the tests).
impl Layers {
    fn entry(&self, name: &str) -> Option<&(String, Source)> {
        assert!(find_spec(name).is_some(), "config: unknown setting {name:?}");
        self.values.get(name)
    }

    /// A setting that has a default, typed. The value was validated by `set`, so a
    /// failure here would name its source like any other invalid value.
    fn required<T>(&self, name: &str, parse: impl Fn(&str) -> Parsed<T>) -> Result<Sourced<T>> {
        let (raw, source) = self.entry(name).ok_or_else(|| {
            let (flag, var) = (flag_of(name), name.to_ascii_uppercase());
            Error::invalid(format!("{name} is not set (use {flag}, $RBDCTL_{var} or rbdctl's config file)"))
        })?;
        let value = parse(raw).map_err(|expected| invalid_value(raw, name, source, &expected))?;
        Ok(Sourced { value, source: source.clone() })
    }

    /// A setting without a default: `None` (source: default) when no layer sets it.
    fn optional<T>(&self, name: &str, parse: impl Fn(&str) -> Parsed<T>) -> Result<Sourced<Option<T>>> {
        match self.entry(name) {
            None => Ok(Sourced { value: None, source: Source::Default }),
            Some(_) => self.required(name, parse).map(|s| Sourced { value: Some(s.value), source: s.source }),
        }
    }

    #[cfg(test)]
    fn string(&self, name: &str) -> Option<String> {
        self.entry(name).map(|(raw, _)| raw.clone())
    }

    #[cfg(test)]
    fn source(&self, name: &str) -> Source {
        self.entry(name).map(|(_, s)| s.clone()).unwrap_or(Source::Default)
    }

    /// Every setting in table order, then `ceph_args` (only whether it is set).
    fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = SETTINGS
            .iter()
            .map(|spec| {
                let entry = self.values.get(spec.name);
                let value = entry.map(|(v, _)| if is_secret(spec.name) { "(hidden)".to_string() } else { v.clone() });
                let source = entry.map(|(_, s)| s.clone()).unwrap_or(Source::Default);
                Row { name: spec.name.to_string(), value, source }
            })
            .collect();
        rows.push(match self.ceph_args_set {
            true => Row {
                name: "ceph_args".into(),
                value: Some("(set)".into()),
                source: Source::Env { var: "CEPH_ARGS".into() },
            },
            false => Row { name: "ceph_args".into(), value: None, source: Source::Default },
        });
        rows
    }
}
