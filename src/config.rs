//! PLACEHOLDER until the real module lands (same API): defaults + flags + env only.
use crate::error::{Error, Result};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    Default,
    RbdctlConfig { path: String },
    GlanceConfig { path: String, section: String, option: String },
    CinderConfig { path: String, section: String, option: String },
    Env { var: String },
    Flag { flag: String },
}

pub struct Inputs<'a> {
    pub config: Option<PathBuf>,
    pub glance_config: Option<PathBuf>,
    pub store: Option<String>,
    pub cinder_config: Option<PathBuf>,
    pub backend: Option<String>,
    pub flags: Vec<(&'static str, String)>,
    pub env: &'a dyn Fn(&str) -> Option<String>,
    pub home: Option<PathBuf>,
    pub search_system: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Row { pub name: String, pub value: Option<String>, pub source: Source }

const DEFAULTS: &[(&str, Option<&str>)] = &[
    ("conf", None), ("id", None), ("keyring", None), ("cluster", Some("ceph")),
    ("connect_timeout", Some("30")), ("op_timeout", Some("60")), ("retries", Some("3")),
    ("retry_interval", Some("5")), ("queue_depth", Some("16")), ("image_pool", Some("images")),
    ("chunk_size", Some("8388608")), ("hash", Some("sha512")), ("thin", Some("true")),
    ("volume_pool", Some("rbd")), ("object_size", Some("4194304")), ("features", Some("layering")),
    ("flatten_volume_from_snapshot", Some("false")), ("max_clone_depth", Some("5")),
    ("secret_uuid", None), ("backend_name", None),
];

pub struct Settings { values: Vec<(String, Option<String>, Source)>, pub notes: Vec<String> }

impl Settings {
    pub fn resolve(inputs: &Inputs) -> Result<Settings> {
        let mut values: Vec<(String, Option<String>, Source)> = DEFAULTS.iter().map(|(n, v)| (n.to_string(), v.map(str::to_string), Source::Default)).collect();
        for (n, v, s) in values.iter_mut() {
            let var = if n == "conf" { "CEPH_CONF".to_string() } else { format!("RBDCTL_{}", n.to_uppercase()) };
            if let Some(e) = (inputs.env)(&var) { *v = Some(e); *s = Source::Env { var }; }
            if let Some((_, f)) = inputs.flags.iter().find(|(k, _)| k == n) { *v = Some(f.clone()); *s = Source::Flag { flag: n.clone() }; }
        }
        Ok(Settings { values, notes: vec![] })
    }
    fn get(&self, name: &str) -> Option<&(String, Option<String>, Source)> { self.values.iter().find(|(n, _, _)| n == name) }
    pub fn string(&self, name: &str) -> Option<String> { self.get(name).and_then(|v| v.1.clone()) }
    pub fn path(&self, name: &str) -> Option<PathBuf> { self.string(name).map(PathBuf::from) }
    pub fn u64(&self, name: &str) -> Result<u64> { self.string(name).unwrap_or_default().parse().map_err(|_| Error::invalid(format!("bad {name}"))) }
    pub fn bytes(&self, name: &str) -> Result<u64> { crate::size::parse_size(&self.string(name).unwrap_or_default(), crate::size::Unit::Bytes) }
    pub fn bool(&self, name: &str) -> Result<bool> { Ok(matches!(self.string(name).as_deref(), Some("true" | "1" | "yes"))) }
    pub fn seconds(&self, name: &str) -> Result<Duration> { Ok(Duration::from_secs(self.u64(name)?)) }
    pub fn source(&self, name: &str) -> Source { self.get(name).map(|v| v.2.clone()).unwrap_or(Source::Default) }
    pub fn rows(&self) -> Vec<Row> { self.values.iter().map(|(n, v, s)| Row { name: n.clone(), value: v.clone(), source: s.clone() }).collect() }
}
