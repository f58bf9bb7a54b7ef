//! OpenStack's files: glance-api.conf and cinder.conf, read the way oslo.config reads
//! them, and the map from their options to rbdctl's settings. Knows the Glance store and
//! Cinder backend rules (multi-store, enabled_backends, backend_defaults); applies the
//! values it finds to the layers through [`Layers::set`], so they are validated there.

use super::Layers;
use super::table::{Source, check, describe, find_spec, invalid_value, parse_uint};
use crate::error::{Error, Result};
use std::path::Path;

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

/// cinder.conf `[DEFAULT]`: the backup service's options (cinder/backup/drivers/ceph.py),
/// whatever the volume backends.
const CINDER_BACKUP_OPTIONS: &[OptMap] = &[
    opt("backup_ceph_pool", "backup_ceph_pool", Conv::AsIs),
    opt("backup_ceph_user", "backup_ceph_user", Conv::AsIs),
    opt("backup_ceph_conf", "backup_ceph_conf", Conv::AsIs),
    opt("backup_ceph_chunk_size", "backup_ceph_chunk_size", Conv::AsIs),
    opt("backup_ceph_stripe_unit", "backup_ceph_stripe_unit", Conv::AsIs),
    opt("backup_ceph_stripe_count", "backup_ceph_stripe_count", Conv::AsIs),
    opt("backup_ceph_max_snapshots", "backup_ceph_max_snapshots", Conv::AsIs),
    opt("restore_discard_excess_bytes", "restore_discard_excess_bytes", Conv::AsIs),
];

/// What a `Conv::MiB` option must hold (an RBD object size, in MiB).
pub(super) const MIB_EXPECTED: &str = "a whole number of MiB that is a power of two, at most 32 (e.g. 4, 8)";

const CINDER_RBD_DRIVER: &str = "cinder.volume.drivers.rbd.RBDDriver";
impl Layers {
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

    pub(super) fn apply_glance(&mut self, file: &IniFile, store: Option<&str>) -> Result<()> {
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

    pub(super) fn apply_cinder(&mut self, file: &IniFile, wanted: Option<&str>) -> Result<()> {
        self.apply_options(file, &["DEFAULT"], CINDER_BACKUP_OPTIONS)?;
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
// ---------------------------------------------------------------------------------------
// OpenStack INI files, read the way oslo.config reads them
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
pub(super) enum OsFile {
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

pub(super) struct IniFile {
    kind: OsFile,
    shown: String,
    ini: ini::Ini,
}

impl IniFile {
    pub(super) fn load(path: &Path, kind: OsFile) -> Result<IniFile> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::invalid(format!("{} {shown} not found (check {})", kind.label(), kind.flag()))
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
