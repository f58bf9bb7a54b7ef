//! Every effective setting and where it came from. This module owns the list of
//! settings (name, default, kind), the layering of their sources and the parsing of
//! their values. One precedence everywhere, highest first: command-line flags >
//! environment (`CEPH_CONF`, `RBDCTL_*`) > the OpenStack file named on the command line
//! (`--glance-config` / `--cinder-config`) > rbdctl's own TOML file > built-in defaults.
//! It reads the files it is pointed at and nothing else: it makes no Ceph calls, reads
//! no environment variable itself (the caller passes a lookup function), and prints
//! nothing (notes for the operator are returned in [`Settings::notes`]).
//!
//! Every value is validated when it is read from its source, with the same parsers as
//! the typed getters, so a malformed value fails every command, naming where it was
//! written (file, section and option; environment variable; or flag). Secrets are never
//! shown: `CEPH_ARGS` is reported only as `(set)` / `(unset)`.

use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// The settings
// ---------------------------------------------------------------------------------------

/// What a setting's value must look like. Each kind has one parser, used both when a
/// value is read (validation) and by the typed getters.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// Any non-empty text.
    Text,
    /// A file path (not checked for existence here: the connection code reports that).
    Path,
    /// A Ceph client id without the `client.` prefix.
    ClientId,
    /// A whole number from `min` to `max`.
    Count { min: u64, max: u64 },
    /// Whole seconds ≥ `min`.
    Seconds { min: u64 },
    /// An RBD object (or Glance chunk) size in bytes, written `8MiB`, `4M`, `8388608`…:
    /// a power of two from 4 KiB to 32 MiB, as librbd requires.
    ObjectSize,
    /// true/false, yes/no, on/off, 1/0, any case (oslo.config's booleans).
    Bool,
    /// One of a fixed set of words.
    OneOf(&'static [&'static str]),
    /// A comma list of RBD image feature names.
    Features,
    /// A UUID (libvirt secret).
    Uuid,
}

struct Spec {
    name: &'static str,
    default: Option<&'static str>,
    kind: Kind,
}

const fn spec(name: &'static str, default: Option<&'static str>, kind: Kind) -> Spec {
    Spec { name, default, kind }
}

const HASHES: &[&str] = &["sha256", "sha512", "none"];

/// The image features `rbd create --image-feature` accepts.
const FEATURES: &[&str] =
    &["layering", "striping", "exclusive-lock", "object-map", "fast-diff", "deep-flatten", "journaling", "data-pool"];

/// Every setting, in the order `rbdctl config show` lists them. The names are also the
/// keys of rbdctl's TOML file and, upper-cased after `RBDCTL_`, the environment variables.
const SETTINGS: &[Spec] = &[
    // Connection.
    spec("conf", None, Kind::Path),
    spec("id", None, Kind::ClientId),
    spec("keyring", None, Kind::Path),
    spec("cluster", Some("ceph"), Kind::Text),
    spec("connect_timeout", Some("30"), Kind::Seconds { min: 1 }),
    spec("op_timeout", Some("60"), Kind::Seconds { min: 0 }),
    spec("retries", Some("3"), Kind::Count { min: 0, max: u32::MAX as u64 }),
    spec("retry_interval", Some("5"), Kind::Seconds { min: 0 }),
    spec("queue_depth", Some("16"), Kind::Count { min: 1, max: 256 }),
    // Glance image store.
    spec("image_pool", Some("images"), Kind::Text),
    spec("chunk_size", Some("8MiB"), Kind::ObjectSize),
    spec("hash", Some("sha512"), Kind::OneOf(HASHES)),
    spec("thin", Some("true"), Kind::Bool),
    // Cinder volume driver.
    spec("volume_pool", Some("rbd"), Kind::Text),
    spec("object_size", Some("4MiB"), Kind::ObjectSize),
    spec("features", Some("layering"), Kind::Features),
    spec("flatten_volume_from_snapshot", Some("false"), Kind::Bool),
    spec("max_clone_depth", Some("5"), Kind::Count { min: 0, max: u64::MAX }),
    spec("secret_uuid", None, Kind::Uuid),
    spec("backend_name", None, Kind::Text),
];

fn find_spec(name: &str) -> Option<&'static Spec> {
    SETTINGS.iter().find(|s| s.name == name)
}

/// Never shown by `rows()`: anything named `key` or mentioning a secret, except the
/// libvirt secret's uuid (an identifier, not a secret).
fn is_secret(name: &str) -> bool {
    name == "key" || (name.contains("secret") && name != "secret_uuid")
}

/// The names of all settings, in table order.
pub fn names() -> impl Iterator<Item = &'static str> {
    SETTINGS.iter().map(|s| s.name)
}

// ---------------------------------------------------------------------------------------
// The OpenStack files: option → setting
// ---------------------------------------------------------------------------------------

/// How an OpenStack option's value becomes the setting's value.
#[derive(Debug, Clone, Copy)]
enum Conv {
    /// Taken as written.
    AsIs,
    /// A whole number of MiB (`rbd_store_chunk_size = 8`).
    MiB,
    /// Seconds, where 0 or a negative number means "no timeout set, use the library's
    /// default" (Glance's default is 0, Cinder's -1): such a value sets nothing.
    TimeoutSecs,
}

struct OptMap {
    option: &'static str,
    setting: &'static str,
    conv: Conv,
}

const fn opt(option: &'static str, setting: &'static str, conv: Conv) -> OptMap {
    OptMap { option, setting, conv }
}

/// glance-api.conf, rbd store options: in `[glance_store]` (single store) or in the
/// store's own section (multi-store, `enabled_backends`).
const GLANCE_STORE_OPTIONS: &[OptMap] = &[
    opt("rbd_store_pool", "image_pool", Conv::AsIs),
    opt("rbd_store_user", "id", Conv::AsIs),
    opt("rbd_store_ceph_conf", "conf", Conv::AsIs),
    opt("rbd_store_chunk_size", "chunk_size", Conv::MiB),
    opt("rados_connect_timeout", "connect_timeout", Conv::TimeoutSecs),
    opt("rbd_thin_provisioning", "thin", Conv::AsIs),
];

/// glance-api.conf, `[DEFAULT]` options.
const GLANCE_DEFAULT_OPTIONS: &[OptMap] = &[opt("hashing_algorithm", "hash", Conv::AsIs)];

/// cinder.conf, options of an RBD backend section (falling back to `[backend_defaults]`),
/// or of `[DEFAULT]` in a single-backend file.
const CINDER_BACKEND_OPTIONS: &[OptMap] = &[
    opt("rbd_pool", "volume_pool", Conv::AsIs),
    opt("rbd_user", "id", Conv::AsIs),
    opt("rbd_ceph_conf", "conf", Conv::AsIs),
    opt("rbd_cluster_name", "cluster", Conv::AsIs),
    opt("rbd_flatten_volume_from_snapshot", "flatten_volume_from_snapshot", Conv::AsIs),
    opt("rbd_max_clone_depth", "max_clone_depth", Conv::AsIs),
    opt("rbd_store_chunk_size", "object_size", Conv::MiB),
    opt("rados_connect_timeout", "connect_timeout", Conv::TimeoutSecs),
    opt("rados_connection_retries", "retries", Conv::AsIs),
    opt("rados_connection_interval", "retry_interval", Conv::AsIs),
    opt("rbd_secret_uuid", "secret_uuid", Conv::AsIs),
    opt("volume_backend_name", "backend_name", Conv::AsIs),
];

/// What a `Conv::MiB` option must hold (an RBD object size, in MiB).
const MIB_EXPECTED: &str = "a whole number of MiB that is a power of two, at most 32 (e.g. 4, 8)";

const CINDER_RBD_DRIVER: &str = "cinder.volume.drivers.rbd.RBDDriver";

// ---------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    Default,
    RbdctlConfig {
        path: String,
    },
    GlanceConfig {
        path: String,
        section: String,
        option: String,
    },
    CinderConfig {
        path: String,
        section: String,
        option: String,
    },
    Env {
        var: String,
    },
    /// `flag` is the setting's name (`image_pool`); the option is `--image-pool`.
    Flag {
        flag: String,
    },
}

/// `image_pool` → `--image-pool`.
fn flag_of(setting: &str) -> String {
    format!("--{}", setting.replace('_', "-"))
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::RbdctlConfig { path } => write!(f, "{path}"),
            Source::GlanceConfig { path, section, option } | Source::CinderConfig { path, section, option } => {
                write!(f, "{path} [{section}] {option}")
            }
            Source::Env { var } => write!(f, "${var}"),
            Source::Flag { flag } => f.write_str(&flag_of(flag)),
        }
    }
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
    /// (setting name, raw value) for each setting given on the command line.
    pub flags: Vec<(&'static str, String)>,
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

/// The resolved settings: for each setting its raw value and where it came from.
#[derive(Debug, Clone)]
pub struct Settings {
    values: HashMap<&'static str, (String, Source)>,
    ceph_args_set: bool,
    /// Things the operator should know (e.g. skipped non-RBD Cinder backends); the
    /// caller prints them.
    pub notes: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------

impl Settings {
    /// Layer every source, lowest precedence first, validating each value as it is read.
    pub fn resolve(inputs: &Inputs) -> Result<Settings> {
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

        let mut s = Settings { values: HashMap::new(), ceph_args_set: env("CEPH_ARGS").is_some(), notes: vec![] };

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

        // 4. Environment: CEPH_CONF, then RBDCTL_<NAME> (so RBDCTL_CONF beats CEPH_CONF).
        if let Some(v) = env("CEPH_CONF") {
            s.set("conf", &v, Source::Env { var: "CEPH_CONF".into() })?;
        }
        for spec in SETTINGS {
            let var = format!("RBDCTL_{}", spec.name.to_ascii_uppercase());
            if let Some(v) = env(&var) {
                s.set(spec.name, &v, Source::Env { var })?;
            }
        }

        // 5. Flags.
        for (name, value) in &inputs.flags {
            s.set(name, value, Source::Flag { flag: name.to_string() })?;
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

    fn apply_toml(&mut self, path: &Path) -> Result<()> {
        let shown = path.display().to_string();
        let text =
            std::fs::read_to_string(path).map_err(|e| Error::io(format!("reading rbdctl config file {shown}"), e))?;
        let table: toml::Table = toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|sp| text[..sp.start.min(text.len())].matches('\n').count() + 1);
            let at = line.map(|l| format!(" at line {l}")).unwrap_or_default();
            Error::invalid(format!("rbdctl config file {shown} is not valid TOML{at}: {}", e.message().trim()))
        })?;
        for (key, value) in &table {
            if find_spec(key).is_none() {
                let known: Vec<&str> = names().collect();
                return Err(Error::invalid(format!(
                    "unknown setting {key:?} in {shown} (known settings: {})",
                    known.join(", ")
                )));
            }
            let raw = toml_raw(value).ok_or_else(|| {
                Error::invalid(format!(
                    "invalid value for {key} in {shown}: expected a string, an integer or a boolean"
                ))
            })?;
            self.set(key, &raw, Source::RbdctlConfig { path: shown.clone() })?;
        }
        Ok(())
    }

    /// Read the options of `table` from the first of `sections` that has each one.
    fn apply_options(&mut self, file: &IniFile, sections: &[&str], table: &[OptMap]) -> Result<()> {
        for m in table {
            let Some((section, value)) = sections.iter().find_map(|sec| file.get(sec, m.option).map(|v| (*sec, v)))
            else {
                continue;
            };
            let source = file.kind.source(&file.shown, section, m.option);
            // Errors quote the value as written in the file, not as converted.
            let bad = |expected: &str| invalid_value(&value, m.setting, &source, expected);
            let raw = match m.conv {
                Conv::AsIs => value.clone(),
                Conv::MiB => format!("{}MiB", parse_uint(&value, 1).map_err(|_| bad(MIB_EXPECTED))?),
                Conv::TimeoutSecs => match value.parse::<i64>() {
                    Ok(n) if n <= 0 => continue,
                    Ok(n) => n.to_string(),
                    Err(_) => return Err(bad("an integer number of seconds")),
                },
            };
            let kind = find_spec(m.setting).expect("option tables name known settings").kind;
            check(kind, &raw)
                .map_err(|expected| bad(if matches!(m.conv, Conv::MiB) { MIB_EXPECTED } else { &expected }))?;
            self.set(m.setting, &raw, source)?;
        }
        Ok(())
    }

    fn apply_glance(&mut self, file: &IniFile, store: Option<&str>) -> Result<()> {
        self.apply_options(file, &["DEFAULT"], GLANCE_DEFAULT_OPTIONS)?;
        let Some(enabled) = file.get("DEFAULT", "enabled_backends") else {
            // Single store: the rbd options live in [glance_store].
            if let Some(name) = store {
                return Err(Error::invalid(format!(
                    "--store {name} given, but {} is a single-store config (no enabled_backends in [DEFAULT])",
                    file.shown
                )));
            }
            return self.apply_options(file, &["glance_store"], GLANCE_STORE_OPTIONS);
        };

        // Multi-store: enabled_backends = name:type, ...
        let mut stores: Vec<(String, String)> = vec![];
        for item in enabled.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let Some((name, kind)) = item.split_once(':') else {
                let source = file.kind.source(&file.shown, "DEFAULT", "enabled_backends");
                return Err(Error::invalid(format!(
                    "invalid value {enabled:?} for {}: expected a comma list of name:type (e.g. fast:rbd, files:file)",
                    describe(&source, "enabled_backends")
                )));
            };
            stores.push((name.trim().to_string(), kind.trim().to_string()));
        }
        let rbd: Vec<&str> = stores.iter().filter(|(_, t)| t == "rbd").map(|(n, _)| n.as_str()).collect();
        let rbd_list = if rbd.is_empty() { "none".to_string() } else { rbd.join(", ") };

        let name = match store {
            Some(n) => n.to_string(),
            None => file.get("glance_store", "default_backend").ok_or_else(|| {
                Error::invalid(format!(
                    "no --store given and {} sets no default_backend in [glance_store]; rbd stores: {rbd_list}",
                    file.shown
                ))
            })?,
        };
        match stores.iter().find(|(n, _)| *n == name) {
            None => Err(Error::invalid(format!(
                "unknown store {name:?} in {} (not in enabled_backends); rbd stores: {rbd_list}",
                file.shown
            ))),
            Some((_, kind)) if kind != "rbd" => Err(Error::invalid(format!(
                "store {name:?} in {} is of type {kind}, not rbd; rbd stores: {rbd_list}",
                file.shown
            ))),
            Some(_) => self.apply_options(file, &[&name], GLANCE_STORE_OPTIONS),
        }
    }

    fn apply_cinder(&mut self, file: &IniFile, wanted: Option<&str>) -> Result<()> {
        let Some(enabled) = file.get("DEFAULT", "enabled_backends") else {
            // Old single-backend file: everything is in [DEFAULT].
            if let Some(name) = wanted {
                return Err(Error::invalid(format!(
                    "--backend {name} given, but {} has no enabled_backends in [DEFAULT] (single-backend config)",
                    file.shown
                )));
            }
            if let Some(driver) = file.get("DEFAULT", "volume_driver").filter(|d| d != CINDER_RBD_DRIVER) {
                return Err(Error::invalid(format!(
                    "{} [DEFAULT]: volume_driver is {driver}, not RBD ({CINDER_RBD_DRIVER})",
                    file.shown
                )));
            }
            return self.apply_options(file, &["DEFAULT"], CINDER_BACKEND_OPTIONS);
        };

        // Multi-backend: classify each enabled section.
        struct Backend {
            section: String,
            backend_name: Option<String>,
            /// Why it is not RBD, if it isn't.
            not_rbd: Option<String>,
        }
        let backends: Vec<Backend> = enabled
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|section| {
                let not_rbd = if !file.has_section(section) {
                    Some(format!("there is no [{section}] section"))
                } else {
                    match file.get(section, "volume_driver") {
                        Some(d) if d == CINDER_RBD_DRIVER => None,
                        Some(d) => Some(format!("volume_driver is {d}, not RBD")),
                        None => Some("no volume_driver set (Cinder's default is LVM), not RBD".to_string()),
                    }
                };
                Backend {
                    section: section.to_string(),
                    backend_name: file.get(section, "volume_backend_name"),
                    not_rbd,
                }
            })
            .collect();
        for b in &backends {
            if let Some(why) = &b.not_rbd {
                self.notes.push(format!("skipped backend {:?}: {why}", b.section));
            }
        }
        let rbd: Vec<&Backend> = backends.iter().filter(|b| b.not_rbd.is_none()).collect();
        let rbd_list = if rbd.is_empty() {
            "none".to_string()
        } else {
            rbd.iter()
                .map(|b| match &b.backend_name {
                    Some(n) if *n != b.section => format!("{} (volume_backend_name {n})", b.section),
                    _ => b.section.clone(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };

        let chosen: &Backend = match wanted {
            None => match rbd.as_slice() {
                [one] => one,
                [] => {
                    return Err(Error::invalid(format!(
                        "no RBD backend enabled in {} (enabled_backends = {enabled})",
                        file.shown
                    )));
                }
                _ => {
                    return Err(Error::invalid(format!(
                        "{} enables several RBD backends: {rbd_list}; pick one with --backend",
                        file.shown
                    )));
                }
            },
            Some(name) => {
                let by_section = backends.iter().find(|b| b.section == name);
                let by_name: Vec<&Backend> =
                    backends.iter().filter(|b| b.backend_name.as_deref() == Some(name)).collect();
                let b: &Backend = match (by_section, by_name.as_slice()) {
                    (Some(b), _) => b,
                    (None, [b]) => b,
                    (None, []) => {
                        return Err(Error::invalid(format!(
                            "unknown backend {name:?} in {} (neither an enabled section nor a volume_backend_name); RBD backends: {rbd_list}",
                            file.shown
                        )));
                    }
                    (None, several) => {
                        let sections: Vec<&str> = several.iter().map(|b| b.section.as_str()).collect();
                        return Err(Error::invalid(format!(
                            "volume_backend_name {name:?} is shared by sections {} in {}; pick one by section name",
                            sections.join(", "),
                            file.shown
                        )));
                    }
                };
                if let Some(why) = &b.not_rbd {
                    return Err(Error::invalid(format!(
                        "backend {:?} in {} is not RBD ({why}); RBD backends: {rbd_list}",
                        b.section, file.shown
                    )));
                }
                b
            }
        };
        self.apply_options(file, &[&chosen.section, "backend_defaults"], CINDER_BACKEND_OPTIONS)
    }
}

/// rbdctl's TOML file: `--config`, else `$RBDCTL_CONFIG` (both must exist), else the first
/// existing of `$XDG_CONFIG_HOME/rbdctl/config.toml` (or `~/.config/...`) and `/etc/...`.
fn toml_path(inputs: &Inputs, env: &dyn Fn(&str) -> Option<String>) -> Result<Option<PathBuf>> {
    let named = match (&inputs.config, env("RBDCTL_CONFIG")) {
        (Some(p), _) => Some((p.clone(), "check --config")),
        (None, Some(p)) => Some((PathBuf::from(p), "set by $RBDCTL_CONFIG")),
        (None, None) => None,
    };
    if let Some((path, hint)) = named {
        if !path.exists() {
            return Err(Error::not_found(format!("rbdctl config file {}", path.display()), Some(hint.to_string())));
        }
        return Ok(Some(path));
    }
    let user = match env("XDG_CONFIG_HOME") {
        Some(xdg) => Some(PathBuf::from(xdg)),
        None => inputs.home.as_ref().map(|h| h.join(".config")),
    };
    let mut candidates: Vec<PathBuf> = user.into_iter().map(|d| d.join("rbdctl/config.toml")).collect();
    if inputs.search_system {
        candidates.push(PathBuf::from("/etc/rbdctl/config.toml"));
    }
    Ok(candidates.into_iter().find(|p| p.exists()))
}

/// A TOML value as the raw text the parsers take; arrays of strings are comma lists.
fn toml_raw(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        toml::Value::Array(items) => {
            items.iter().map(|i| i.as_str().map(str::to_string)).collect::<Option<Vec<_>>>().map(|v| v.join(","))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// OpenStack INI files, read the way oslo.config reads them
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum OsFile {
    Glance,
    Cinder,
}

impl OsFile {
    fn label(self) -> &'static str {
        match self {
            OsFile::Glance => "Glance config file",
            OsFile::Cinder => "Cinder config file",
        }
    }

    fn flag(self) -> &'static str {
        match self {
            OsFile::Glance => "--glance-config",
            OsFile::Cinder => "--cinder-config",
        }
    }

    fn source(self, path: &str, section: &str, option: &str) -> Source {
        let (path, section, option) = (path.to_string(), section.to_string(), option.to_string());
        match self {
            OsFile::Glance => Source::GlanceConfig { path, section, option },
            OsFile::Cinder => Source::CinderConfig { path, section, option },
        }
    }
}

struct IniFile {
    kind: OsFile,
    shown: String,
    ini: ini::Ini,
}

impl IniFile {
    fn load(path: &Path, kind: OsFile) -> Result<IniFile> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::not_found(format!("{} {shown}", kind.label()), Some(format!("check {}", kind.flag())))
            } else {
                Error::io(format!("reading {} {shown}", kind.label()), e)
            }
        })?;
        // oslo.config: `#`/`;` comments at line start only, no backslash escapes,
        // indented lines continue the previous value, names are case-sensitive (the
        // crate's default). Quotes are stripped below, only around a whole value.
        let opt = ini::ParseOption {
            enabled_quote: false,
            enabled_escape: false,
            enabled_indented_mutiline_value: true,
            enabled_preserve_key_leading_whitespace: false,
        };
        let ini = ini::Ini::load_from_str_opt(&text, opt).map_err(|e| {
            Error::invalid(format!("{} {shown} does not parse: line {}: {}", kind.label(), e.line, e.msg))
        })?;
        Ok(IniFile { kind, shown, ini })
    }

    fn has_section(&self, section: &str) -> bool {
        self.ini.section(Some(section)).is_some()
    }

    /// The option's value; a repeated option or section keeps the last value, as in
    /// oslo.config. An empty value counts as unset.
    fn get(&self, section: &str, option: &str) -> Option<String> {
        let value = self.ini.section_all(Some(section)).flat_map(|p| p.get_all(option)).last()?.trim();
        let value = match value.as_bytes() {
            [q, .., e] if q == e && (*q == b'"' || *q == b'\'') => &value[1..value.len() - 1],
            _ => value,
        };
        (!value.is_empty()).then(|| value.to_string())
    }
}

// ---------------------------------------------------------------------------------------
// Getters
// ---------------------------------------------------------------------------------------

/// Getters take a setting's name from the table above; any other name is a bug in the
/// caller and panics. A getter fails only when asked for a kind the value isn't (all
/// values were validated by `resolve`) or for an unset setting without a default.
impl Settings {
    /// The raw value and its source. Panics on a name not in the table: that is a bug
    /// in the caller, not an operator error.
    fn entry(&self, name: &str) -> Option<&(String, Source)> {
        assert!(find_spec(name).is_some(), "config: unknown setting {name:?}");
        self.values.get(name)
    }

    fn parsed<T>(&self, name: &str, parse: impl Fn(&str) -> Parsed<T>) -> Result<T> {
        let (raw, source) = self.entry(name).ok_or_else(|| {
            let (flag, var) = (flag_of(name), name.to_ascii_uppercase());
            Error::invalid(format!("{name} is not set (use {flag}, $RBDCTL_{var} or rbdctl's config file)"))
        })?;
        parse(raw).map_err(|expected| invalid_value(raw, name, source, &expected))
    }

    pub fn string(&self, name: &str) -> Option<String> {
        self.entry(name).map(|(raw, _)| raw.clone())
    }

    pub fn path(&self, name: &str) -> Option<PathBuf> {
        self.entry(name).map(|(raw, _)| PathBuf::from(raw))
    }

    /// A plain whole number.
    pub fn u64(&self, name: &str) -> Result<u64> {
        self.parsed(name, |raw| parse_uint(raw, 0))
    }

    /// A size in bytes (`8MiB`, `4M`, `8388608`).
    pub fn bytes(&self, name: &str) -> Result<u64> {
        self.parsed(name, parse_size)
    }

    pub fn bool(&self, name: &str) -> Result<bool> {
        self.parsed(name, parse_bool)
    }

    pub fn seconds(&self, name: &str) -> Result<Duration> {
        self.parsed(name, |raw| parse_uint(raw, 0).map(Duration::from_secs))
    }

    /// A comma list (`features`), trimmed, without empty items.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.entry(name).map(|(raw, _)| split_list(raw).map(str::to_string).collect()).unwrap_or_default()
    }

    pub fn source(&self, name: &str) -> Source {
        self.entry(name).map(|(_, s)| s.clone()).unwrap_or(Source::Default)
    }

    /// Every setting in table order, then `ceph_args` (only whether it is set).
    pub fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = SETTINGS
            .iter()
            .map(|spec| {
                let value =
                    self.string(spec.name).map(|v| if is_secret(spec.name) { "(hidden)".to_string() } else { v });
                Row { name: spec.name.to_string(), value, source: self.source(spec.name) }
            })
            .collect();
        rows.push(Row {
            name: "ceph_args".into(),
            value: Some(if self.ceph_args_set { "(set)" } else { "(unset)" }.into()),
            source: Source::Env { var: "CEPH_ARGS".into() },
        });
        rows
    }
}

// ---------------------------------------------------------------------------------------
// Value parsers: Err is what was expected, for the message
// ---------------------------------------------------------------------------------------

/// A parser's answer: the value, or what was expected (for the error message).
type Parsed<T> = std::result::Result<T, String>;

/// `invalid value "lots" for rbd_max_clone_depth in [ceph-fast] of /etc/cinder/cinder.conf: expected an integer`
fn invalid_value(raw: &str, setting: &str, source: &Source, expected: &str) -> Error {
    Error::invalid(format!("invalid value {raw:?} for {}: expected {expected}", describe(source, setting)))
}

/// The setting as its source names it.
fn describe(source: &Source, setting: &str) -> String {
    match source {
        Source::Default => format!("{setting} (built-in default)"),
        Source::RbdctlConfig { path } => format!("{setting} in {path}"),
        Source::GlanceConfig { path, section, option } | Source::CinderConfig { path, section, option } => {
            format!("{option} in [{section}] of {path}")
        }
        Source::Env { var } => format!("{setting} from ${var}"),
        Source::Flag { flag } => flag_of(flag),
    }
}

fn check(kind: Kind, raw: &str) -> Parsed<()> {
    if raw.is_empty() {
        return Err("a value".into());
    }
    match kind {
        Kind::Text | Kind::Path => Ok(()),
        Kind::ClientId => {
            if let Some(bare) = raw.strip_prefix("client.") {
                Err(format!("a client id without the \"client.\" prefix (e.g. {bare:?})"))
            } else if raw.contains(char::is_whitespace) {
                Err("a client id without spaces".into())
            } else {
                Ok(())
            }
        }
        Kind::Count { min, max } => match parse_uint(raw, min)? {
            n if n > max => Err(format!("an integer from {min} to {max}")),
            _ => Ok(()),
        },
        Kind::Seconds { min } => parse_uint(raw, min).map(drop),
        Kind::ObjectSize => match parse_size(raw)? {
            n if n.is_power_of_two() && (4 << 10..=32 << 20).contains(&n) => Ok(()),
            _ => Err("a power of two from 4KiB to 32MiB (e.g. 4MiB, 8MiB)".into()),
        },
        Kind::Bool => parse_bool(raw).map(drop),
        Kind::OneOf(words) => {
            if words.contains(&raw) {
                Ok(())
            } else {
                Err(format!("one of {}", words.join(", ")))
            }
        }
        Kind::Features => {
            let ok = split_list(raw).count() > 0 && split_list(raw).all(|f| FEATURES.contains(&f));
            if ok { Ok(()) } else { Err(format!("a comma list of RBD features ({})", FEATURES.join(", "))) }
        }
        Kind::Uuid => {
            let groups: Vec<&str> = raw.split('-').collect();
            let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
            if lens == [8, 4, 4, 4, 12] && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit())) {
                Ok(())
            } else {
                Err("a UUID such as 457eb676-33da-42ec-9a8c-9293d545c337".into())
            }
        }
    }
}

fn split_list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn parse_uint(raw: &str, min: u64) -> Parsed<u64> {
    let s = raw.trim();
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("an integer".into());
    }
    if s.starts_with('-') {
        return Err(format!("an integer ≥ {min}"));
    }
    let v: u64 = s.parse().map_err(|_| "an integer that fits in 64 bits".to_string())?;
    if v < min { Err(format!("an integer ≥ {min}")) } else { Ok(v) }
}

fn parse_bool(raw: &str) -> Parsed<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Ok(true),
        "false" | "no" | "off" | "0" => Ok(false),
        _ => Err("a boolean (true/false, yes/no, on/off, 1/0)".into()),
    }
}

/// Size suffixes (lower-cased) and their power of two: K, Ki, KiB or KB, and so on.
#[rustfmt::skip]
const SIZE_UNITS: &[(&str, u32)] = &[
    ("", 0), ("b", 0),
    ("k", 10), ("ki", 10), ("kib", 10), ("kb", 10),
    ("m", 20), ("mi", 20), ("mib", 20), ("mb", 20),
    ("g", 30), ("gi", 30), ("gib", 30), ("gb", 30),
    ("t", 40), ("ti", 40), ("tib", 40), ("tb", 40),
];

/// `8388608`, `8MiB`, `8M`, `8 MB`, `512Ki`, `4096B`: binary units, bare number = bytes, > 0.
fn parse_size(raw: &str) -> Parsed<u64> {
    let expected = || "a size such as 8MiB, 4M or 8388608 (bytes), greater than 0".to_string();
    let s = raw.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let unit = unit.trim().to_ascii_lowercase();
    let shift = SIZE_UNITS.iter().find(|(u, _)| *u == unit).map(|(_, sh)| *sh).ok_or_else(expected)?;
    let n: u64 = num.parse().map_err(|_| expected())?;
    match n.checked_mul(1u64 << shift) {
        Some(bytes) if bytes > 0 => Ok(bytes),
        _ => Err(expected()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use tempfile::TempDir;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn inputs(env: &dyn Fn(&str) -> Option<String>) -> Inputs<'_> {
        Inputs {
            config: None,
            glance_config: None,
            store: None,
            cinder_config: None,
            backend: None,
            flags: vec![],
            env,
            home: None,
            search_system: false,
        }
    }

    fn env_of(pairs: &[(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> + use<> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |var| map.get(var).cloned()
    }

    fn write(dir: &TempDir, name: &str, text: &str) -> PathBuf {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path
    }

    fn err(r: Result<Settings>) -> String {
        match r {
            Ok(_) => panic!("expected an error"),
            Err(e @ Error::InvalidInput(_)) => e.to_string(),
            Err(e) => panic!("expected InvalidInput, got {e:?}"),
        }
    }

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
    }

    const CINDER: &str = "\
[DEFAULT]
enabled_backends = ceph-fast, ceph-slow, lvm
[ceph-fast]
volume_driver = cinder.volume.drivers.rbd.RBDDriver
volume_backend_name = fast
rbd_pool = volumes
rbd_max_clone_depth = 2
rbd_user = cinder
rbd_secret_uuid = 457eb676-33da-42ec-9a8c-9293d545c337
rados_connect_timeout = -1
[ceph-slow]
volume_driver = cinder.volume.drivers.rbd.RBDDriver
volume_backend_name = slow
rbd_pool = slowpool
rbd_max_clone_depth = 7
rbd_flatten_volume_from_snapshot = True
rbd_store_chunk_size = 8
rados_connection_retries = 9
rados_connection_interval = 2
[lvm]
volume_driver = cinder.volume.drivers.lvm.LVMVolumeDriver
volume_group = cinder-volumes
";

    const GLANCE_MULTI: &str = "\
[DEFAULT]
enabled_backends = fast:rbd,  cheap : rbd , files:file
[glance_store]
default_backend = fast
[fast]
rbd_store_pool = images-fast
rbd_store_user = glance
[cheap]
rbd_store_pool = images-cheap
rbd_store_chunk_size = 16
[files]
filesystem_store_datadir = /var/lib/glance/images
";

    #[test]
    fn defaults_fill_every_setting_that_has_one() {
        let env = no_env;
        let s = Settings::resolve(&inputs(&env)).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("images"));
        assert_eq!(s.bytes("chunk_size").unwrap(), 8 << 20);
        assert_eq!(s.bytes("object_size").unwrap(), 4 << 20);
        assert_eq!(s.seconds("connect_timeout").unwrap(), Duration::from_secs(30));
        assert_eq!(s.seconds("op_timeout").unwrap(), Duration::from_secs(60));
        assert_eq!(s.u64("retries").unwrap(), 3);
        assert_eq!(s.u64("queue_depth").unwrap(), 16);
        assert!(s.bool("thin").unwrap());
        assert!(!s.bool("flatten_volume_from_snapshot").unwrap());
        assert_eq!(s.list("features"), ["layering"]);
        assert_eq!(s.string("id"), None);
        assert_eq!(s.path("conf"), None);
        assert_eq!(s.source("cluster"), Source::Default);
        assert!(s.notes.is_empty());
        assert!(s.u64("max_clone_depth").is_ok());
        let e = s.bytes("secret_uuid").unwrap_err().to_string();
        assert!(e.contains("secret_uuid is not set"), "{e}");
    }

    #[test]
    fn each_layer_wins_over_the_ones_below() {
        let dir = TempDir::new().unwrap();
        let toml = write(
            &dir,
            "rbdctl.toml",
            "image_pool = \"from-toml\"\nvolume_pool = \"v-toml\"\nconf = \"/toml/ceph.conf\"\n",
        );
        let glance = write(
            &dir,
            "glance-api.conf",
            "[glance_store]\nrbd_store_pool = from-glance\nrbd_store_ceph_conf = /glance/ceph.conf\n",
        );
        let cinder = write(
            &dir,
            "cinder.conf",
            "[DEFAULT]\nvolume_driver = cinder.volume.drivers.rbd.RBDDriver\nrbd_pool = v-cinder\n",
        );
        let gpath = glance.display().to_string();

        let env = no_env;
        let mut i = inputs(&env);
        i.config = Some(toml.clone());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("from-toml"));
        assert_eq!(s.source("image_pool"), Source::RbdctlConfig { path: toml.display().to_string() });
        assert_eq!(s.source("hash"), Source::Default);

        i.glance_config = Some(glance.clone());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("from-glance"));
        assert_eq!(
            s.source("image_pool"),
            Source::GlanceConfig {
                path: gpath.clone(),
                section: "glance_store".into(),
                option: "rbd_store_pool".into()
            }
        );
        assert_eq!(s.path("conf"), Some(PathBuf::from("/glance/ceph.conf")));

        let env = env_of(&[("RBDCTL_IMAGE_POOL", "from-env"), ("CEPH_CONF", "/env/ceph.conf")]);
        i.env = &env;
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("from-env"));
        assert_eq!(s.source("image_pool"), Source::Env { var: "RBDCTL_IMAGE_POOL".into() });
        assert_eq!(s.path("conf"), Some(PathBuf::from("/env/ceph.conf")));
        assert_eq!(s.source("conf"), Source::Env { var: "CEPH_CONF".into() });

        let env = env_of(&[
            ("RBDCTL_IMAGE_POOL", "from-env"),
            ("CEPH_CONF", "/env/ceph.conf"),
            ("RBDCTL_CONF", "/rbdctl/ceph.conf"),
        ]);
        i.env = &env;
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.path("conf"), Some(PathBuf::from("/rbdctl/ceph.conf")), "RBDCTL_CONF beats CEPH_CONF");

        i.flags = vec![("image_pool", "from-flag".into()), ("conf", "/flag/ceph.conf".into())];
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("from-flag"));
        assert_eq!(s.source("image_pool"), Source::Flag { flag: "image_pool".into() });
        assert_eq!(s.source("image_pool").to_string(), "--image-pool");
        assert_eq!(s.source("conf"), Source::Flag { flag: "conf".into() });

        // The same for Cinder's pool.
        let env = env_of(&[]);
        let mut i = inputs(&env);
        i.config = Some(toml.clone());
        i.cinder_config = Some(cinder.clone());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("v-cinder"));
        assert_eq!(
            s.source("volume_pool"),
            Source::CinderConfig {
                path: cinder.display().to_string(),
                section: "DEFAULT".into(),
                option: "rbd_pool".into()
            }
        );
        let env = env_of(&[("RBDCTL_VOLUME_POOL", "v-env")]);
        i.env = &env;
        assert_eq!(Settings::resolve(&i).unwrap().string("volume_pool").as_deref(), Some("v-env"));
        i.flags = vec![("volume_pool", "v-flag".into())];
        assert_eq!(Settings::resolve(&i).unwrap().string("volume_pool").as_deref(), Some("v-flag"));
    }

    #[test]
    fn toml_file_is_found_in_order() {
        let dir = TempDir::new().unwrap();
        let home = dir.path().join("home");
        write(&dir, "home/.config/rbdctl/config.toml", "image_pool = \"home\"\n");
        let xdg = write(&dir, "xdg/rbdctl/config.toml", "image_pool = \"xdg\"\n");
        let named = write(&dir, "named.toml", "image_pool = \"named\"\n");

        let env = no_env;
        let mut i = inputs(&env);
        i.home = Some(home.clone());
        assert_eq!(Settings::resolve(&i).unwrap().string("image_pool").as_deref(), Some("home"));

        let xdg_dir = xdg.parent().unwrap().parent().unwrap().display().to_string();
        let env = move |v: &str| (v == "XDG_CONFIG_HOME").then(|| xdg_dir.clone());
        i.env = &env;
        assert_eq!(Settings::resolve(&i).unwrap().string("image_pool").as_deref(), Some("xdg"));

        let named_s = named.display().to_string();
        let env = move |v: &str| (v == "RBDCTL_CONFIG").then(|| named_s.clone());
        i.env = &env;
        assert_eq!(Settings::resolve(&i).unwrap().string("image_pool").as_deref(), Some("named"));

        // --config must exist.
        i.config = Some(dir.path().join("missing.toml"));
        match Settings::resolve(&i) {
            Err(Error::NotFound { what, .. }) => assert!(what.contains("missing.toml"), "{what}"),
            other => panic!("expected NotFound, got {:?}", other.err()),
        }
        // So must $RBDCTL_CONFIG.
        let env = |v: &str| (v == "RBDCTL_CONFIG").then(|| "/nonexistent/rbdctl.toml".to_string());
        let mut i = inputs(&env);
        i.home = Some(home);
        assert!(matches!(Settings::resolve(&i), Err(Error::NotFound { .. })));

        // Nothing anywhere: defaults.
        let env = no_env;
        let mut i = inputs(&env);
        i.home = Some(dir.path().join("nobody"));
        assert_eq!(Settings::resolve(&i).unwrap().source("image_pool"), Source::Default);
    }

    #[test]
    fn toml_values_may_be_strings_integers_booleans_or_lists() {
        let dir = TempDir::new().unwrap();
        let p = write(
            &dir,
            "c.toml",
            "chunk_size = 16777216\nobject_size = \"8MiB\"\nthin = false\nretries = 7\nfeatures = [\"layering\", \"exclusive-lock\"]\nid = \"glance\"\n",
        );
        let env = no_env;
        let mut i = inputs(&env);
        i.config = Some(p);
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.bytes("chunk_size").unwrap(), 16 << 20);
        assert_eq!(s.bytes("object_size").unwrap(), 8 << 20);
        assert!(!s.bool("thin").unwrap());
        assert_eq!(s.u64("retries").unwrap(), 7);
        assert_eq!(s.list("features"), ["layering", "exclusive-lock"]);
        assert_eq!(s.string("id").as_deref(), Some("glance"));
    }

    #[test]
    fn toml_unknown_key_and_syntax_errors_are_refused() {
        let dir = TempDir::new().unwrap();
        let env = no_env;
        let mut i = inputs(&env);
        let p = write(&dir, "unknown.toml", "image_pool = \"x\"\nimage_pol = \"y\"\n");
        i.config = Some(p.clone());
        let e = err(Settings::resolve(&i));
        assert!(e.contains("\"image_pol\"") && e.contains(&p.display().to_string()), "{e}");

        let p = write(&dir, "broken.toml", "image_pool = \"x\"\n\nretries = = 3\n");
        i.config = Some(p.clone());
        let e = err(Settings::resolve(&i));
        assert!(e.contains(&p.display().to_string()) && e.contains("line 3"), "{e}");

        let p = write(&dir, "float.toml", "retries = 1.5\n");
        i.config = Some(p);
        let e = err(Settings::resolve(&i));
        assert!(e.contains("retries"), "{e}");

        let p = write(&dir, "bad.toml", "queue_depth = 0\n");
        i.config = Some(p.clone());
        let e = err(Settings::resolve(&i));
        assert_eq!(e, format!("invalid value \"0\" for queue_depth in {}: expected an integer ≥ 1", p.display()));
    }

    #[test]
    fn glance_single_store() {
        let dir = TempDir::new().unwrap();
        let p = write(
            &dir,
            "glance-api.conf",
            "[DEFAULT]\nhashing_algorithm = sha256\nworkers = 4\n[glance_store]\nstores = rbd,file\ndefault_store = rbd\n\
             rbd_store_pool = glance-images\nrbd_store_user = glance\nrbd_store_ceph_conf = /etc/ceph/ceph.conf\n\
             rbd_store_chunk_size = 16\nrados_connect_timeout = 12\nrbd_thin_provisioning = No\n",
        );
        let env = no_env;
        let mut i = inputs(&env);
        i.glance_config = Some(p.clone());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("glance-images"));
        assert_eq!(s.string("id").as_deref(), Some("glance"));
        assert_eq!(s.path("conf"), Some(PathBuf::from("/etc/ceph/ceph.conf")));
        assert_eq!(s.bytes("chunk_size").unwrap(), 16777216);
        assert_eq!(s.seconds("connect_timeout").unwrap(), Duration::from_secs(12));
        assert!(!s.bool("thin").unwrap());
        assert_eq!(s.string("hash").as_deref(), Some("sha256"));
        assert_eq!(
            s.source("hash"),
            Source::GlanceConfig {
                path: p.display().to_string(),
                section: "DEFAULT".into(),
                option: "hashing_algorithm".into()
            }
        );

        i.store = Some("fast".into());
        let e = err(Settings::resolve(&i));
        assert!(e.contains("single-store"), "{e}");
    }

    #[test]
    fn glance_multi_store() {
        let dir = TempDir::new().unwrap();
        let p = write(&dir, "glance-api.conf", GLANCE_MULTI);
        let shown = p.display().to_string();
        let env = no_env;
        let mut i = inputs(&env);
        i.glance_config = Some(p.clone());

        // default_backend
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("images-fast"));
        assert_eq!(s.string("id").as_deref(), Some("glance"));
        assert_eq!(s.bytes("chunk_size").unwrap(), 8 << 20);
        assert_eq!(s.source("chunk_size"), Source::Default);
        assert_eq!(
            s.source("image_pool"),
            Source::GlanceConfig { path: shown.clone(), section: "fast".into(), option: "rbd_store_pool".into() }
        );

        // --store cheap
        i.store = Some("cheap".into());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("images-cheap"));
        assert_eq!(s.bytes("chunk_size").unwrap(), 16777216);
        assert_eq!(s.string("id"), None);

        // a file store
        i.store = Some("files".into());
        let e = err(Settings::resolve(&i));
        assert_eq!(e, format!("store \"files\" in {shown} is of type file, not rbd; rbd stores: fast, cheap"));

        // an unknown store
        i.store = Some("nope".into());
        let e = err(Settings::resolve(&i));
        assert!(e.contains("\"nope\"") && e.contains("rbd stores: fast, cheap"), "{e}");

        // neither --store nor default_backend
        let p2 = write(&dir, "nodefault.conf", &GLANCE_MULTI.replace("default_backend = fast", ""));
        let mut i = inputs(&env);
        i.glance_config = Some(p2);
        let e = err(Settings::resolve(&i));
        assert!(e.contains("default_backend") && e.contains("rbd stores: fast, cheap"), "{e}");

        // --store without --glance-config
        let mut i = inputs(&env);
        i.store = Some("fast".into());
        assert!(err(Settings::resolve(&i)).contains("--glance-config"));
    }

    #[test]
    fn cinder_backends_by_section_or_backend_name() {
        let dir = TempDir::new().unwrap();
        let p = write(&dir, "cinder.conf", CINDER);
        let shown = p.display().to_string();
        let env = no_env;
        let mut i = inputs(&env);
        i.cinder_config = Some(p.clone());

        i.backend = Some("ceph-slow".into());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("slowpool"));
        assert_eq!(s.u64("max_clone_depth").unwrap(), 7);
        assert!(s.bool("flatten_volume_from_snapshot").unwrap());
        assert_eq!(s.bytes("object_size").unwrap(), 8 << 20);
        assert_eq!(s.u64("retries").unwrap(), 9);
        assert_eq!(s.seconds("retry_interval").unwrap(), Duration::from_secs(2));
        assert_eq!(s.string("backend_name").as_deref(), Some("slow"));
        assert_eq!(
            s.source("max_clone_depth"),
            Source::CinderConfig {
                path: shown.clone(),
                section: "ceph-slow".into(),
                option: "rbd_max_clone_depth".into()
            }
        );
        assert_eq!(
            s.notes,
            ["skipped backend \"lvm\": volume_driver is cinder.volume.drivers.lvm.LVMVolumeDriver, not RBD"]
        );

        // By volume_backend_name.
        i.backend = Some("fast".into());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("volumes"));
        assert_eq!(s.u64("max_clone_depth").unwrap(), 2);
        assert_eq!(s.string("id").as_deref(), Some("cinder"));
        assert_eq!(s.string("secret_uuid").as_deref(), Some("457eb676-33da-42ec-9a8c-9293d545c337"));
        // rados_connect_timeout = -1 means "librados' default": it sets nothing.
        assert_eq!(s.source("connect_timeout"), Source::Default);
        assert_eq!(s.bytes("object_size").unwrap(), 4 << 20);

        // Omitted with two RBD backends.
        i.backend = None;
        let e = err(Settings::resolve(&i));
        assert!(e.contains("ceph-fast (volume_backend_name fast), ceph-slow (volume_backend_name slow)"), "{e}");
        assert!(e.contains("--backend"), "{e}");

        // A non-RBD backend.
        i.backend = Some("lvm".into());
        let e = err(Settings::resolve(&i));
        assert!(e.contains("\"lvm\"") && e.contains("not RBD") && e.contains("RBD backends: ceph-fast"), "{e}");

        // Unknown.
        i.backend = Some("gold".into());
        let e = err(Settings::resolve(&i));
        assert!(e.contains("\"gold\"") && e.contains("RBD backends: ceph-fast"), "{e}");

        // --backend without --cinder-config.
        let mut i = inputs(&env);
        i.backend = Some("ceph-fast".into());
        assert!(err(Settings::resolve(&i)).contains("--cinder-config"));
    }

    #[test]
    fn cinder_single_rbd_backend_is_picked_and_backend_defaults_apply() {
        let dir = TempDir::new().unwrap();
        let p = write(
            &dir,
            "cinder.conf",
            "[DEFAULT]\nenabled_backends = lvm, ceph\n[backend_defaults]\nrbd_user = cinder\nrbd_pool = shared\n\
             [ceph]\nvolume_driver = cinder.volume.drivers.rbd.RBDDriver\nrbd_pool = mine\n\
             [lvm]\nvolume_driver = cinder.volume.drivers.lvm.LVMVolumeDriver\n",
        );
        let env = no_env;
        let mut i = inputs(&env);
        i.cinder_config = Some(p);
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("mine"));
        assert_eq!(s.string("id").as_deref(), Some("cinder"));
        assert!(matches!(s.source("id"), Source::CinderConfig { section, .. } if section == "backend_defaults"));
        assert_eq!(s.notes.len(), 1);
    }

    #[test]
    fn cinder_old_style_default_section() {
        let dir = TempDir::new().unwrap();
        let p = write(
            &dir,
            "cinder.conf",
            "[DEFAULT]\nvolume_driver = cinder.volume.drivers.rbd.RBDDriver\nrbd_pool = volumes\nrbd_user = cinder\n\
             rbd_cluster_name = backup\nrbd_max_clone_depth = 0\n",
        );
        let env = no_env;
        let mut i = inputs(&env);
        i.cinder_config = Some(p.clone());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("volumes"));
        assert_eq!(s.string("cluster").as_deref(), Some("backup"));
        assert_eq!(s.u64("max_clone_depth").unwrap(), 0);
        assert!(s.notes.is_empty());

        i.backend = Some("ceph".into());
        assert!(err(Settings::resolve(&i)).contains("single-backend"));

        let p = write(&dir, "lvm.conf", "[DEFAULT]\nvolume_driver = cinder.volume.drivers.lvm.LVMVolumeDriver\n");
        let mut i = inputs(&env);
        i.cinder_config = Some(p);
        assert!(err(Settings::resolve(&i)).contains("not RBD"));
    }

    #[test]
    fn malformed_values_name_file_section_and_option() {
        let dir = TempDir::new().unwrap();
        let p = write(&dir, "cinder.conf", &CINDER.replace("rbd_max_clone_depth = 2", "rbd_max_clone_depth = lots"));
        let env = no_env;
        let mut i = inputs(&env);
        i.cinder_config = Some(p.clone());
        i.backend = Some("ceph-fast".into());
        assert_eq!(
            err(Settings::resolve(&i)),
            format!(
                "invalid value \"lots\" for rbd_max_clone_depth in [ceph-fast] of {}: expected an integer",
                p.display()
            )
        );
        // Only the chosen backend is read.
        i.backend = Some("ceph-slow".into());
        assert!(Settings::resolve(&i).is_ok());

        let p = write(&dir, "glance.conf", "[glance_store]\nrbd_store_chunk_size = big\n");
        let mut i = inputs(&env);
        i.glance_config = Some(p.clone());
        let e = err(Settings::resolve(&i));
        assert!(
            e.starts_with(&format!(
                "invalid value \"big\" for rbd_store_chunk_size in [glance_store] of {}",
                p.display()
            )),
            "{e}"
        );

        let p = write(&dir, "glance1.conf", "[glance_store]\nrbd_store_chunk_size = 3\n");
        i.glance_config = Some(p.clone());
        assert_eq!(
            err(Settings::resolve(&i)),
            format!(
                "invalid value \"3\" for rbd_store_chunk_size in [glance_store] of {}: expected {MIB_EXPECTED}",
                p.display()
            )
        );

        let p = write(&dir, "glance2.conf", "[glance_store]\nrbd_thin_provisioning = maybe\n");
        i.glance_config = Some(p);
        assert!(err(Settings::resolve(&i)).contains("rbd_thin_provisioning in [glance_store]"));

        let p = write(&dir, "glance3.conf", "[DEFAULT]\nhashing_algorithm = md5\n");
        i.glance_config = Some(p);
        assert!(err(Settings::resolve(&i)).contains("expected one of sha256, sha512, none"));

        let p = write(&dir, "cinder2.conf", "[DEFAULT]\nrbd_user = client.cinder\n");
        let mut i = inputs(&env);
        i.cinder_config = Some(p);
        assert!(err(Settings::resolve(&i)).contains("without the \"client.\" prefix"));

        let env = env_of(&[("RBDCTL_RETRIES", "many")]);
        let i = inputs(&env);
        assert_eq!(
            err(Settings::resolve(&i)),
            "invalid value \"many\" for retries from $RBDCTL_RETRIES: expected an integer"
        );

        let env = no_env;
        let mut i = inputs(&env);
        i.flags = vec![("chunk_size", "8 furlongs".into())];
        assert!(err(Settings::resolve(&i)).starts_with("invalid value \"8 furlongs\" for --chunk-size"));
        i.flags = vec![("features", "layering,fast-dif".into())];
        assert!(err(Settings::resolve(&i)).contains("--features"));
        i.flags = vec![("secret_uuid", "not-a-uuid".into())];
        assert!(err(Settings::resolve(&i)).contains("UUID"));
        i.flags = vec![("object_size", "3MiB".into())];
        assert_eq!(
            err(Settings::resolve(&i)),
            "invalid value \"3MiB\" for --object-size: expected a power of two from 4KiB to 32MiB (e.g. 4MiB, 8MiB)"
        );
        i.flags = vec![("queue_depth", "1000".into())];
        assert!(err(Settings::resolve(&i)).contains("expected an integer from 1 to 256"));
        i.flags = vec![("id", String::new())];
        assert!(err(Settings::resolve(&i)).contains("expected a value"));
    }

    #[test]
    fn malformed_value_fails_even_when_overridden() {
        let dir = TempDir::new().unwrap();
        let p = write(&dir, "c.toml", "retries = \"x\"\n");
        let env = no_env;
        let mut i = inputs(&env);
        i.config = Some(p);
        i.flags = vec![("retries", "2".into())];
        assert!(err(Settings::resolve(&i)).contains("retries"));
    }

    #[test]
    fn oslo_file_syntax() {
        let dir = TempDir::new().unwrap();
        let p = write(
            &dir,
            "glance-api.conf",
            "# comment\n; comment\n[DEFAULT]\nunknown_option = whatever\nanother = don't # not a comment\n\
             [glance_store]\nrbd_store_pool = first\nrbd_store_pool = second\nrbd_store_user = \"glance\"\n\
             RBD_STORE_CHUNK_SIZE = nonsense\nrbd_store_ceph_conf =\nrbd_store_frobnicate = 12\n\
             [glance_store]\nrados_connect_timeout: 7\n[unrelated]\nrbd_store_pool = ignored\n",
        );
        let env = no_env;
        let mut i = inputs(&env);
        i.glance_config = Some(p);
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("second"), "last value wins");
        assert_eq!(s.string("id").as_deref(), Some("glance"), "quotes around a whole value are stripped");
        assert_eq!(s.bytes("chunk_size").unwrap(), 8 << 20, "option names are case-sensitive");
        assert_eq!(s.path("conf"), None, "an empty value is unset");
        assert_eq!(s.u64("connect_timeout").unwrap(), 7);
    }

    #[test]
    fn missing_openstack_file_is_not_found() {
        let env = no_env;
        let mut i = inputs(&env);
        i.cinder_config = Some("/nonexistent/cinder.conf".into());
        match Settings::resolve(&i) {
            Err(Error::NotFound { what, hint }) => {
                assert_eq!(what, "Cinder config file /nonexistent/cinder.conf");
                assert_eq!(hint.as_deref(), Some("check --cinder-config"));
            }
            other => panic!("expected NotFound, got {:?}", other.err()),
        }
    }

    #[test]
    fn rows_list_every_setting_and_hide_ceph_args() {
        let env = env_of(&[("CEPH_ARGS", "--key AQBsecretsecret== --id admin"), ("RBDCTL_ID", "glance")]);
        let s = Settings::resolve(&inputs(&env)).unwrap();
        let rows = s.rows();
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        let mut expected: Vec<&str> = SETTINGS.iter().map(|s| s.name).collect();
        expected.push("ceph_args");
        assert_eq!(names, expected);
        assert_eq!(rows.len(), 21);
        let ceph_args = rows.iter().find(|r| r.name == "ceph_args").unwrap();
        assert_eq!(ceph_args.value.as_deref(), Some("(set)"));
        let json = serde_json::to_string(&rows).unwrap();
        assert!(!json.contains("AQB") && !json.contains("secretsecret"), "{json}");
        assert!(json.contains(r#"{"name":"id","value":"glance","source":{"kind":"env","var":"RBDCTL_ID"}}"#), "{json}");
        assert!(json.contains(r#""source":{"kind":"default"}"#), "{json}");

        let env = no_env;
        let s = Settings::resolve(&inputs(&env)).unwrap();
        assert_eq!(s.rows().last().unwrap().value.as_deref(), Some("(unset)"));
        assert_eq!(s.rows().iter().find(|r| r.name == "conf").unwrap().value, None);

        assert!(is_secret("key") && is_secret("rbd_secret") && !is_secret("secret_uuid") && !is_secret("keyring"));
    }

    #[test]
    fn size_bool_and_integer_parsers() {
        for (text, bytes) in [
            ("8MiB", 8 << 20),
            ("8M", 8 << 20),
            ("8mb", 8 << 20),
            ("8 Mi", 8 << 20),
            ("4096", 4096),
            ("4096B", 4096),
            ("512K", 512 << 10),
            ("1G", 1 << 30),
            ("2TiB", 2 << 40),
        ] {
            assert_eq!(parse_size(text), Ok(bytes), "{text}");
        }
        for bad in ["", "0", "0M", "-1M", "1.5M", "8X", "M", "8MiBB", "99999999999T"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        for t in ["true", "YES", "On", "1"] {
            assert_eq!(parse_bool(t), Ok(true));
        }
        for f in ["false", "No", "OFF", "0"] {
            assert_eq!(parse_bool(f), Ok(false));
        }
        assert!(parse_bool("y").is_err());
        assert_eq!(parse_uint("12", 0), Ok(12));
        assert_eq!(parse_uint("lots", 0), Err("an integer".into()));
        assert_eq!(parse_uint("-1", 0), Err("an integer ≥ 0".into()));
        assert_eq!(parse_uint("0", 1), Err("an integer ≥ 1".into()));
    }

    #[test]
    fn openstack_chunk_sizes_are_mib() {
        let dir = TempDir::new().unwrap();
        let p = write(&dir, "g.conf", "[glance_store]\nrbd_store_chunk_size = 0\n");
        let env = no_env;
        let mut i = inputs(&env);
        i.glance_config = Some(p);
        assert!(err(Settings::resolve(&i)).contains("MiB"));
        let p = write(&dir, "g2.conf", "[glance_store]\nrbd_store_chunk_size = 8\n");
        i.glance_config = Some(p);
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.bytes("chunk_size").unwrap(), 8388608);
        assert_eq!(s.string("chunk_size").as_deref(), Some("8MiB"));
    }

    #[test]
    fn the_integration_fixtures_resolve() {
        let env = env_of(&[("CEPH_CONF", "/tmp/ceph.conf")]);
        let mut i = inputs(&env);
        i.glance_config = Some(fixture("glance-api.conf"));
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("image_pool").as_deref(), Some("images"));
        assert_eq!(s.bytes("chunk_size").unwrap(), 4 << 20);
        assert_eq!(s.string("id").as_deref(), Some("admin"));
        assert_eq!(s.source("conf"), Source::Env { var: "CEPH_CONF".into() });
        i.store = Some("cheap".into());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!((s.string("image_pool").as_deref(), s.bytes("chunk_size").unwrap()), (Some("rbd"), 16 << 20));

        let mut i = inputs(&env);
        i.cinder_config = Some(fixture("cinder.conf"));
        assert!(err(Settings::resolve(&i)).contains("ceph-fast (volume_backend_name fast), ceph-slow"));
        i.backend = Some("ceph-fast".into());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("volumes"));
        assert_eq!(s.u64("max_clone_depth").unwrap(), 2);
        assert_eq!(s.bytes("object_size").unwrap(), 4 << 20);
        assert_eq!(
            s.notes,
            ["skipped backend \"lvm-1\": volume_driver is cinder.volume.drivers.lvm.LVMVolumeDriver, not RBD"]
        );
        i.backend = Some("slow".into());
        let s = Settings::resolve(&i).unwrap();
        assert_eq!(s.string("volume_pool").as_deref(), Some("rbd"));
        assert!(s.bool("flatten_volume_from_snapshot").unwrap());
        i.backend = Some("lvm-1".into());
        assert!(err(Settings::resolve(&i)).contains("not RBD"));
    }
}
