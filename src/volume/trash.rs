//! `volume trash ls | restore | purge`: the pool's RBD trash, which `volume rm --trash`
//! fills, read and emptied the way `rbd trash ls | restore | rm | purge` do.
//!
//! An entry is named by its id or, when that is unambiguous, by its image name. A purge
//! without a name removes the entries whose deferment has ended, as `rbd trash purge`;
//! with one it removes that entry now. An entry that still has snapshots (moved by
//! `rbd trash mv`; rbdctl's own `--trash` removes them first) can't be purged by librbd
//! either: the error names them and the way out.

use super::{VolumeReport, Volumes};
use crate::ceph::TrashEntry;
use crate::error::{Error, Result};
use crate::output::{Report, table};
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Serialize)]
pub struct TrashItem {
    pub id: String,
    pub name: String,
    /// librbd's source: "user" (`volume rm --trash`, `rbd trash mv`), "removing" (an
    /// `rbd rm` that did not finish), "user_parent", "mirroring", "migration".
    pub source: String,
    /// Unix seconds.
    pub deleted_at: i64,
    /// Unix seconds; a purge without a name leaves the entry until then.
    pub deferment_end: i64,
}

impl From<TrashEntry> for TrashItem {
    fn from(e: TrashEntry) -> Self {
        TrashItem {
            id: e.id,
            name: e.name,
            source: e.source.to_string(),
            deleted_at: e.deleted_at,
            deferment_end: e.deferment_end,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct TrashList {
    pub pool: String,
    pub entries: Vec<TrashItem>,
    #[serde(skip)]
    pub no_headers: bool,
}

pub fn trash_list(v: &Volumes<'_>) -> Result<TrashList> {
    let mut entries: Vec<TrashItem> = v.pool.trash_list()?.into_iter().map(TrashItem::from).collect();
    entries.sort_by(|a, b| (a.deleted_at, &a.name).cmp(&(b.deleted_at, &b.name)));
    Ok(TrashList { pool: v.pool.name().into(), entries, no_headers: false })
}

fn utc(ts: i64) -> String {
    // Days-from-civil (Howard Hinnant), to print UTC without a date crate.
    let (days, secs) = (ts.div_euclid(86_400), ts.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}Z", secs / 3600, secs / 60 % 60, secs % 60)
}

impl Report for TrashList {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if self.entries.is_empty() && !self.no_headers {
            return writeln!(out, "the trash of pool {} is empty", self.pool);
        }
        let rows: Vec<Vec<String>> = self
            .entries
            .iter()
            .map(|e| vec![e.id.clone(), e.name.clone(), e.source.clone(), utc(e.deleted_at), utc(e.deferment_end)])
            .collect();
        table(out, &["ID", "NAME", "SOURCE", "DELETED", "PURGEABLE FROM"], &rows, self.no_headers)
    }
}

/// The entry named by `key`: an id, or an image name held by exactly one entry.
fn find(v: &Volumes<'_>, key: &str) -> Result<TrashEntry> {
    let all = v.pool.trash_list()?;
    if let Some(e) = all.iter().find(|e| e.id == key) {
        return Ok(e.clone());
    }
    let named: Vec<&TrashEntry> = all.iter().filter(|e| e.name == key).collect();
    match named.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::not_found(
            format!("trash entry {key} in pool {}", v.pool.name()),
            Some("list them: rbdctl volume trash ls".into()),
        )),
        many => Err(Error::invalid(format!(
            "{} trash entries of pool {} are named {key} (ids {}): give the id",
            many.len(),
            v.pool.name(),
            many.iter().map(|e| e.id.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// Put an entry back as a volume, under its own name or `new_name`.
pub fn trash_restore(v: &Volumes<'_>, key: &str, new_name: Option<&str>, dry_run: bool) -> Result<VolumeReport> {
    let e = find(v, key)?;
    let name = new_name.unwrap_or(&e.name).to_string();
    if v.pool.exists(&name)? {
        return Err(Error::AlreadyExists {
            what: format!("volume {}", v.spec(&name)),
            hint: Some("restore it under another name with --name".into()),
        });
    }
    let mut r = VolumeReport::new(v, &name, "trash-restore");
    r.dry_run = dry_run;
    r.steps = vec![format!("restore trash entry {} ({}) as {}", e.id, e.name, v.spec(&name))];
    if !dry_run {
        v.pool.trash_restore(&e.id, &name)?;
        r.changed = true;
    }
    Ok(r)
}

#[derive(Debug, Serialize)]
pub struct TrashPurgeReport {
    pub pool: String,
    /// Entries removed (or, with dry_run, that would be).
    pub removed: Vec<TrashItem>,
    /// Entries left because their deferment has not ended (a purge without a name only).
    pub kept: Vec<TrashItem>,
    /// Steps that cleaned up the parents of purged clones (their `.clone_snap`, and
    /// parents renamed `.deleted` that nothing needs any more), as `volume rm` does.
    pub parents_cleaned: Vec<String>,
    pub dry_run: bool,
    pub changed: bool,
}

impl Report for TrashPurgeReport {
    fn text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let verb = if self.dry_run { "would remove" } else { "removed" };
        for e in &self.removed {
            writeln!(out, "{verb} trash entry {} ({}/{})", e.id, self.pool, e.name)?;
        }
        for step in &self.parents_cleaned {
            writeln!(out, "{step}")?;
        }
        for e in &self.kept {
            writeln!(out, "kept trash entry {} ({}/{}) until {}", e.id, self.pool, e.name, utc(e.deferment_end))?;
        }
        if self.removed.is_empty() && self.kept.is_empty() {
            writeln!(out, "nothing to purge in the trash of pool {}", self.pool)?;
        }
        Ok(())
    }
}

/// Remove one entry (`key`), or every entry whose deferment has ended.
pub fn trash_purge(v: &Volumes<'_>, key: Option<&str>, dry_run: bool) -> Result<TrashPurgeReport> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let mut report = TrashPurgeReport {
        pool: v.pool.name().into(),
        removed: vec![],
        kept: vec![],
        parents_cleaned: vec![],
        dry_run,
        changed: false,
    };
    let (chosen, force) = match key {
        Some(k) => (vec![find(v, k)?], true),
        None => {
            let (due, later): (Vec<TrashEntry>, Vec<TrashEntry>) =
                v.pool.trash_list()?.into_iter().partition(|e| e.deferment_end <= now);
            report.kept = later.into_iter().map(TrashItem::from).collect();
            (due, false)
        }
    };
    for e in chosen {
        if !dry_run {
            crate::signals::check()?;
            // A Cinder clone in the trash still holds its parent's `<name>.clone_snap`
            // (and a parent renamed `.deleted` waits for it): once it is gone, the parent
            // chain is cleaned up as `volume rm` would have done.
            let link = clone_link(v, &e)?;
            v.printer.log(1, format!("remove trash entry {} ({})", e.id, v.spec(&e.name)));
            v.pool.trash_remove(&e.id, force).map_err(|err| explain(v, &e, err))?;
            report.changed = true;
            if let Some((parent, snap)) = link {
                let plan = super::remove::parent_cleanup(v, &parent, &snap, &e.name)?;
                report.parents_cleaned.extend(v.exec().run(&plan)?);
            }
        }
        report.removed.push(e.into());
    }
    Ok(report)
}

/// The parent a trashed volume reaches through a Cinder clone link, if any.
fn clone_link(v: &Volumes<'_>, e: &TrashEntry) -> Result<Option<(String, String)>> {
    let parent = match v.pool.open_by_id_read_only(&e.id) {
        Ok(img) => img.parent()?,
        Err(Error::NotFound { .. }) => None,
        Err(err) => return Err(err),
    };
    Ok(parent
        .filter(|p| p.pool == v.pool.name() && super::rules::is_clone_link(&e.name, &p.snapshot))
        .map(|p| (p.image, p.snapshot)))
}

/// librbd refuses to remove a trashed image that still has snapshots (ENOTEMPTY):
/// name them and the way out, as `rbd` does not.
fn explain(v: &Volumes<'_>, e: &TrashEntry, err: Error) -> Error {
    if !matches!(err, Error::HasSnapshots { .. }) {
        return err;
    }
    let snapshots = v
        .pool
        .open_by_id_read_only(&e.id)
        .and_then(|i| i.snapshots())
        .map(|s| s.into_iter().map(|s| s.name).collect())
        .unwrap_or_default();
    has_snapshots(
        format!("trash entry {} ({})", e.id, v.spec(&e.name)),
        format!(
            "librbd won't purge an image with snapshots: rbdctl volume trash restore {}, remove them, \
             then rbdctl volume rm",
            e.id
        ),
        snapshots,
    )
}

/// The one place that builds this error here, with the way out that fits a trash entry.
fn has_snapshots(what: String, way_out: String, snapshots: Vec<String>) -> Error {
    Error::HasSnapshots { what: format!("{what} ({way_out})"), snapshots }
}

#[cfg(test)]
mod tests {
    #[test]
    fn utc_formats_unix_seconds() {
        assert_eq!(super::utc(0), "1970-01-01 00:00:00Z");
        assert_eq!(super::utc(1_700_000_000), "2023-11-14 22:13:20Z");
        assert_eq!(super::utc(951_782_400), "2000-02-29 00:00:00Z");
    }
}
