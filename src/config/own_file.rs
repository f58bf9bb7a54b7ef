//! rbdctl's own TOML file: where it is looked for, and how its flat keys (the setting
//! names of `config show`) become layered values. Unknown keys are refused: it is our file.

use super::table::{Source, find_spec, names};
use super::{Inputs, Layers};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

impl Layers {
    pub(super) fn apply_toml(&mut self, path: &Path) -> Result<()> {
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
}

/// rbdctl's TOML file: `--config`, else `$RBDCTL_CONFIG` (both must exist), else the first
/// existing of `$XDG_CONFIG_HOME/rbdctl/config.toml` (or `~/.config/...`) and `/etc/...`.
pub(super) fn toml_path(inputs: &Inputs, env: &dyn Fn(&str) -> Option<String>) -> Result<Option<PathBuf>> {
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
