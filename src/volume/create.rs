//! `volume create` (create_volume, create_volume_from_snapshot, create_cloned_volume,
//! clone_image), `volume extend`, and `volume import | export` (copy_image_to_volume,
//! copy_volume_to_image) streamed through the transfer engine without a temp file.
//!
//! Copies check what they read against the source's manifest, when it has one, and
//! record the destination's, as import does (for the head as written: a volume has no
//! snapshot to pin it to, so export doesn't check it; `image verify` does on request).

use super::convert_copy;
use super::plan::Action;
use super::rules;
use super::{VolumeReport, Volumes};
use crate::ceph::{Cluster, ConnectOptions};
use crate::convert::Body;
use crate::endpoint::{Output, Source, open_output};
use crate::error::{Error, Result};
use crate::inspect::Declared;
use crate::integrity;
use crate::transfer::{self, Sink, SizePolicy, Tuning};
use crate::types::{GLANCE_SNAP, Location, VolSnap, size};
use std::path::PathBuf;

/// What a new volume starts from.
#[derive(Debug, Clone)]
pub enum CreateFrom {
    /// A protected snapshot of a volume in the same pool (create_volume_from_snapshot).
    Snapshot(VolSnap),
    /// Another volume, cloned as `volume clone` does (create_cloned_volume).
    Volume(String),
    /// A Glance location (clone_image); `source_conf` names another cluster's ceph.conf.
    /// An interrupted upload is refused unless `allow_incomplete`.
    Image { location: Location, source_conf: Option<PathBuf>, allow_incomplete: bool },
}

#[derive(Debug, Clone)]
pub struct CreateRequest {
    pub name: String,
    /// Bytes; required for an empty volume, a minimum otherwise.
    pub size: Option<u64>,
    pub from: Option<CreateFrom>,
    /// With a snapshot: flatten the new volume (besides rbd_flatten_volume_from_snapshot).
    pub flatten: bool,
    /// An existing volume of the same size is a success (changed: false).
    pub if_not_exists: bool,
    /// `--object-size` as given on the command line (not a configured default): a clone
    /// can't honour it, so one that differs from the parent's is refused.
    pub object_size: Option<u64>,
}

/// A clone keeps its parent's object size: librbd refuses a clone with another one
/// (EINVAL), so an explicit `--object-size` that differs is refused before anything is
/// made, rather than silently ignored (issue 11, item 8).
fn check_clone_object_size(asked: Option<u64>, parent: &str, parent_object_size: u64) -> Result<()> {
    match asked {
        Some(a) if a != parent_object_size => Err(Error::invalid(format!(
            "--object-size {} can't apply: the new volume is a clone of {parent}, and a clone keeps its parent's \
             object size ({}; librbd refuses another); omit --object-size",
            size::human(a),
            size::human(parent_object_size)
        ))),
        _ => Ok(()),
    }
}

pub fn create(v: &Volumes<'_>, req: &CreateRequest) -> Result<VolumeReport> {
    let name = req.name.as_str();
    let size = req.size;
    if let Ok(existing) = v.pool.open_read_only(name, None) {
        let have = existing.size()?;
        if req.if_not_exists && size.is_none_or(|s| s == have) {
            let mut r = VolumeReport::new(v, name, "create");
            r.size = Some(have);
            return Ok(r);
        }
        let why = match size {
            Some(s) if req.if_not_exists => format!("with {have} bytes, not the {s} asked for"),
            _ => "--if-not-exists makes an existing volume of the same size a success".into(),
        };
        return Err(Error::AlreadyExists { what: format!("volume {}", v.spec(name)), hint: Some(why) });
    }
    match &req.from {
        Some(CreateFrom::Volume(src)) => {
            if v.max_clone_depth > 0 {
                let parent_object_size = v.open(src)?.stat()?.object_size;
                check_clone_object_size(req.object_size, &format!("volume {}", v.spec(src)), parent_object_size)?;
            }
            let mut r = super::clone::clone(v, src, name, size, v.max_clone_depth, false, false)?;
            r.action = "create";
            return Ok(r);
        }
        Some(CreateFrom::Snapshot(spec)) => return from_snapshot(v, name, spec, size, req.flatten, req.object_size),
        Some(CreateFrom::Image { location, source_conf, allow_incomplete }) => {
            return from_image(v, name, location, size, source_conf.clone(), req.object_size, *allow_incomplete);
        }
        None => {}
    }
    let size = size.ok_or_else(|| Error::invalid("--size is required for an empty volume (e.g. --size 10G)"))?;
    v.pool.create_image(name, size, &v.create)?;
    let mut r = VolumeReport::new(v, name, "create");
    r.steps = vec![format!("create {} ({size} bytes, order {})", v.spec(name), v.create.order)];
    r.method = Some("empty".into());
    r.size = Some(size);
    r.changed = true;
    Ok(r)
}

/// Run a plan that makes `name`; if a later step fails, remove `name` again.
fn make(v: &Volumes<'_>, name: &str, plan: &[Action]) -> Result<Vec<String>> {
    crate::signals::install();
    let exec = v.exec();
    let mut done = vec![];
    for a in plan {
        if let Err(e) = exec.run(std::slice::from_ref(a)).and_then(|d| crate::signals::check().map(|_| d)) {
            if !done.is_empty() {
                let _ = v.pool.remove_image(name);
            }
            return Err(e);
        }
        done.push(a.describe(v.pool.name()));
    }
    Ok(done)
}

fn from_snapshot(
    v: &Volumes<'_>,
    name: &str,
    spec: &VolSnap,
    size: Option<u64>,
    flatten: bool,
    object_size: Option<u64>,
) -> Result<VolumeReport> {
    let (vol, snap) = (spec.volume.as_str(), spec.snapshot.as_str());
    let src = v.pool.open_read_only(vol, Some(snap))?;
    let src_stat = src.stat()?;
    let src_size = src_stat.size;
    check_clone_object_size(object_size, &format!("snapshot {}@{snap}", v.spec(vol)), src_stat.object_size)?;
    rules::check_size_not_smaller(size, &format!("snapshot {}@{snap}", v.spec(vol)), src_size)
        .map_err(Error::invalid)?;
    if !v.open(vol)?.snap_is_protected(snap)? {
        return Err(Error::invalid(format!(
            "snapshot {}@{snap} is not protected, so it can't be cloned (protect it: rbd snap protect)",
            v.spec(vol)
        )));
    }
    let flatten = flatten || v.flatten_from_snapshot;
    let mut plan = vec![Action::Clone { parent: vol.into(), snap: snap.into(), child: name.into() }];
    if flatten {
        plan.push(Action::Flatten { image: name.into() });
    }
    if let Some(s) = size.filter(|s| *s > src_size) {
        plan.push(Action::Resize { image: name.into(), size: s });
    }
    let mut r = VolumeReport::new(v, name, "create");
    r.steps = make(v, name, &plan)?;
    r.method = Some(if flatten { "cow-clone+flatten" } else { "cow-clone" }.into());
    r.size = Some(size.unwrap_or(src_size).max(src_size));
    r.changed = true;
    Ok(r)
}

/// Cinder's `clone_image`: COW-clone a location of this cluster whose snapshot is
/// readable; otherwise copy it through the transfer engine, saying why.
fn from_image(
    v: &Volumes<'_>,
    name: &str,
    loc: &Location,
    size: Option<u64>,
    source_conf: Option<PathBuf>,
    object_size: Option<u64>,
    allow_incomplete: bool,
) -> Result<VolumeReport> {
    let ours = v.cluster.fsid()?;
    let src_pool = loc.pool.clone().unwrap_or_else(|| v.image_pool.clone());
    let refuse_incomplete = |cluster: &Cluster| -> Result<()> {
        if allow_incomplete {
            return Ok(());
        }
        let pool = cluster.pool(&src_pool)?;
        let head = pool.open_read_only(&loc.image, None)?;
        integrity::refuse_incomplete(&head, GLANCE_SNAP, &src_pool)
    };
    let mut r = VolumeReport::new(v, name, "create");
    let same_cluster = loc.fsid.as_deref().is_none_or(|f| f.eq_ignore_ascii_case(&ours));
    let why_not = match (&loc.fsid, &loc.snapshot) {
        (None, _) | (_, None) => Some("the location has one component, so it names no snapshot to clone".to_string()),
        (Some(f), _) if !same_cluster => Some(format!("the location is on cluster {f}, not this one ({ours})")),
        (Some(_), Some(snap)) => {
            // An unprotected snapshot can't be cloned (librbd: EINVAL, which named the
            // destination): copy it instead, as the help promises, and say why (item 2).
            let readable = v.cluster.pool(&src_pool).and_then(|p| {
                p.open_read_only(&loc.image, Some(snap))?.size()?;
                p.open_read_only(&loc.image, None)?.snap_is_protected(snap)
            });
            match readable {
                Ok(true) => None,
                Ok(false) => Some(format!(
                    "snapshot {src_pool}/{}@{snap} is not protected, so it can't be cloned \
                     (rbd snap protect {src_pool}/{}@{snap} lets the next one be a clone)",
                    loc.image, loc.image
                )),
                Err(e) => Some(format!("its snapshot is not readable: {e}")),
            }
        }
    };
    if why_not.is_none() {
        refuse_incomplete(v.cluster)?;
        let snap = loc.snapshot.clone().expect("checked");
        let parent_pool = v.cluster.pool(&src_pool)?;
        let src_stat = parent_pool.open_read_only(&loc.image, Some(&snap))?.stat()?;
        let src_size = src_stat.size;
        // Cinder's _is_cloneable: only raw data is cloned; anything else is converted.
        let format = convert_copy::source_format(&parent_pool, &loc.image, Some(&snap))?;
        if !format.format.is_raw_data() {
            return from_image_converted(v, v.cluster, &src_pool, loc, Some(&snap), name, size, &format);
        }
        let parent = format!("image {src_pool}/{}@{snap}", loc.image);
        check_clone_object_size(object_size, &parent, src_stat.object_size)?;
        rules::check_size_not_smaller(size, &format!("image {src_pool}/{}@{snap}", loc.image), src_size)
            .map_err(Error::invalid)?;
        crate::signals::install();
        v.pool.clone_image(&parent_pool, &loc.image, &snap, name, &v.create)?;
        r.steps.push(format!("clone {src_pool}/{}@{snap} to {}", loc.image, v.spec(name)));
        if let Some(s) = size.filter(|s| *s > src_size) {
            if let Err(e) = v.pool.open(name).and_then(|i| i.resize(s)) {
                let _ = v.pool.remove_image(name);
                return Err(e);
            }
            r.steps.push(format!("resize {} to {s} bytes", v.spec(name)));
        }
        r.method = Some("cow-clone".into());
        r.reason = Some(format!("the location is on this cluster and its snapshot is readable; {}", format.reason()));
        r.size = Some(size.unwrap_or(src_size).max(src_size));
        r.changed = true;
        return Ok(r);
    }
    // Fallback: stream it, sparse, from whichever cluster holds it.
    let other;
    let source_cluster: &Cluster = if same_cluster {
        v.cluster
    } else {
        let conf = source_conf.ok_or_else(|| {
            Error::invalid(format!(
                "location {loc} is on another cluster; pass --source-conf with that cluster's ceph.conf to copy it"
            ))
        })?;
        other = Cluster::connect(&ConnectOptions { conf: Some(conf), ..v.connect.clone() })?;
        &other
    };
    refuse_incomplete(source_cluster)?;
    let snap = loc.snapshot.clone().or_else(|| {
        let p = source_cluster.pool(&src_pool).ok()?;
        let head = p.open_read_only(&loc.image, None).ok()?;
        head.snap_exists(GLANCE_SNAP).ok()?.then(|| GLANCE_SNAP.to_string())
    });
    let format = convert_copy::source_format(&source_cluster.pool(&src_pool)?, &loc.image, snap.as_deref())?;
    if !format.format.is_raw_data() {
        let mut r = from_image_converted(v, source_cluster, &src_pool, loc, snap.as_deref(), name, size, &format)?;
        r.reason = Some(format!("{}; {}", why_not.unwrap_or_default(), format.reason()));
        return Ok(r);
    }
    let bytes = copy_between(v, source_cluster, &src_pool, &loc.image, snap.as_deref(), name, size)?;
    r.steps.push(format!(
        "copy {src_pool}/{}{} to {}",
        loc.image,
        snap.as_deref().map(|s| format!("@{s}")).unwrap_or_default(),
        v.spec(name)
    ));
    r.method = Some("copy".into());
    r.reason = why_not;
    r.size = Some(bytes);
    r.changed = true;
    Ok(r)
}

/// The copy converted to raw of a Glance image that is not raw data.
#[allow(clippy::too_many_arguments)]
fn from_image_converted(
    v: &Volumes<'_>,
    source: &Cluster,
    src_pool: &str,
    loc: &Location,
    snap: Option<&str>,
    name: &str,
    size: Option<u64>,
    format: &convert_copy::SourceFormat,
) -> Result<VolumeReport> {
    let (final_size, written, verified) =
        convert_copy::copy_converted(v, source, src_pool, &loc.image, snap, format.format, name, size)?;
    let mut r = VolumeReport::new(v, name, "create");
    r.steps.push(format!(
        "convert {src_pool}/{}{} from {} to raw into {} ({final_size} bytes, {written} written{})",
        loc.image,
        snap.map(|s| format!("@{s}")).unwrap_or_default(),
        format.format,
        v.spec(name),
        if verified {
            "; what was read matched the source's manifest"
        } else {
            "; the source has no manifest, not verified"
        }
    ));
    r.method = Some("copy".into());
    r.reason = Some(format.reason());
    r.size = Some(final_size);
    r.changed = true;
    Ok(r)
}

/// Stream an image into a new volume: a download thread feeds a pipe that an upload
/// reads, both through the transfer engine (zero chunks are not written).
fn copy_between(
    v: &Volumes<'_>,
    src: &Cluster,
    src_pool: &str,
    src_image: &str,
    snap: Option<&str>,
    dest: &str,
    size: Option<u64>,
) -> Result<u64> {
    let (src_size, src_manifest) = {
        let pool = src.pool(src_pool)?;
        let img = pool.open_read_only(src_image, snap)?;
        let st = img.stat()?;
        let m = integrity::load(&img)?.filter(|m| integrity::describes(m, snap, st.size, st.object_size));
        (st.size, m.map(std::sync::Arc::new))
    };
    let src_name = format!("image {src_pool}/{src_image}{}", snap.map(|s| format!("@{s}")).unwrap_or_default());
    rules::check_size_not_smaller(size, &src_name, src_size).map_err(Error::invalid)?;
    let final_size = size.unwrap_or(src_size).max(src_size);
    let what = format!("{src_pool}/{src_image}{}", snap.map(|s| format!("@{s}")).unwrap_or_default());
    if src_manifest.is_none() {
        v.printer.note(format!(
            "rbdctl: {what} has no manifest; not verified (add one: rbdctl image verify --add-manifest)"
        ));
    }
    let read_checks = transfer::Checks { verify: src_manifest, ..Default::default() };
    let write_checks = transfer::Checks { record: Some(1 << v.create.order), ..Default::default() };
    v.pool.create_image(dest, final_size, &v.create)?;
    let tuning = Tuning::for_object_size(1 << v.create.order, v.queue_depth, v.op_timeout);
    let (reader, writer) = std::io::pipe().map_err(|e| Error::io("creating a pipe", e))?;
    let (queue_depth, op_timeout) = (v.queue_depth, v.op_timeout);
    let copy = |pb: &indicatif::ProgressBar| {
        std::thread::scope(|s| {
            let producer = s.spawn(move || -> Result<()> {
                let pool = src.pool(src_pool)?;
                let img = pool.open_read_only(src_image, snap)?;
                // The read side's own request size, as downloads (peak RSS; see for_reading).
                let st = img.stat()?;
                let read_tuning = Tuning::for_reading(st.object_size, queue_depth, op_timeout);
                let got = transfer::download(
                    &img,
                    0,
                    src_size,
                    Sink::Stream(Box::new(writer)),
                    &read_tuning,
                    &read_checks,
                    &indicatif::ProgressBar::hidden(),
                )?;
                match got.bad_objects.as_deref().and_then(|b| b.first().map(|f| (b, f))) {
                    Some((bad, first)) => Err(integrity::mismatch(&what, bad, first)),
                    None => Ok(()),
                }
            });
            let consumed = v.pool.open(dest).and_then(|img| {
                let o = transfer::upload(
                    &img,
                    Box::new(reader),
                    SizePolicy::Exact(src_size),
                    &tuning,
                    &write_checks,
                    src_image,
                    pb,
                )?;
                match &o.manifest {
                    Some(m) if final_size == src_size => integrity::store(&img, m),
                    _ => Ok(()),
                }
            });
            let produced = producer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            // The source's error first: a mismatch also ends the upload early.
            produced.and(consumed)
        })
    };
    let remove_dest = || drop(v.pool.remove_image(dest));
    transfer::job(&v.printer, Some(src_size), &format!("copying {src_image}"), copy, remove_dest)?;
    if final_size != src_size {
        v.pool.open(dest)?.resize(final_size)?;
    }
    Ok(final_size)
}

pub fn extend(v: &Volumes<'_>, name: &str, size: u64, allow_shrink: bool) -> Result<VolumeReport> {
    let img = v.open(name)?;
    let have = img.size()?;
    let mut r = VolumeReport::new(v, name, "extend");
    r.size = Some(size);
    if size == have {
        return Ok(r);
    }
    if size < have && !allow_shrink {
        return Err(Error::invalid(format!(
            "volume {} is {have} bytes; {size} would shrink it (pass --allow-shrink to destroy the data beyond {size} bytes)",
            v.spec(name)
        )));
    }
    img.resize(size)?;
    r.steps = vec![format!("resize {} from {have} to {size} bytes", v.spec(name))];
    r.changed = true;
    Ok(r)
}

/// `volume import`: Cinder's copy_image_to_volume. Raw data is streamed as it is; a qcow2
/// is converted to raw in one pass (fetch_to_raw); data that fails a safety check or
/// contradicts `disk_format` is refused before the volume is created.
pub fn import(v: &Volumes<'_>, source: Source, name: &str, disk_format: Declared) -> Result<VolumeReport> {
    let src_name = source.name();
    let prepared = crate::convert::prepare(source, disk_format, true)?;
    let found = prepared.found;
    let (reader, known, watch) = match prepared.body {
        Body::Convert(disk) => {
            let (size, written) = convert_copy::write_volume(v, disk, &src_name, name, None)?;
            let mut r = VolumeReport::new(v, name, "import");
            r.size = Some(size);
            r.method = Some("import".into());
            r.reason = Some(format!("{src_name} is {}, converted to raw while importing", found.format));
            r.steps = vec![format!(
                "import {src_name} ({}, converted to raw) into {} ({size} bytes, {written} written)",
                found.format,
                v.spec(name)
            )];
            r.changed = true;
            return Ok(r);
        }
        Body::Stream { reader, known, watch } => (reader, known, watch),
    };
    let policy = match known {
        Some(n) => SizePolicy::Exact(n),
        None => SizePolicy::Grow { current: 0 },
    };
    v.pool
        .create_image(name, known.unwrap_or(0), &v.create)
        .map_err(|e| e.with_hint("pick another name, or remove it first"))?;
    crate::signals::set_abandon_hint(format!(
        "the partial volume {} is left: rbdctl volume rm --pool {} {name} removes it",
        v.spec(name),
        v.pool.name()
    ));
    let tuning = Tuning::for_object_size(1 << v.create.order, v.queue_depth, v.op_timeout);
    let record = transfer::Checks { record: Some(1 << v.create.order), ..Default::default() };
    let import = |pb: &indicatif::ProgressBar| {
        let o = v.pool.open(name).and_then(|img| {
            let o = transfer::upload(&img, reader, policy, &tuning, &record, &src_name, pb)?;
            if let Some(m) = &o.manifest {
                integrity::store(&img, m)?;
            }
            Ok(o)
        })?;
        // A stream's end can still refuse it, or show it is not raw (a fixed VHD's footer).
        if let Some(w) = &watch {
            let last = crate::convert::judge(&src_name, crate::convert::finish_watch(w), disk_format)?;
            if !last.format.is_raw_data() {
                return Err(crate::convert::unsupported(last.format, &src_name));
            }
        }
        Ok(o)
    };
    let res = transfer::job(&v.printer, known, &format!("importing {name}"), import, || {});
    match res {
        Ok(o) => {
            let mut r = VolumeReport::new(v, name, "import");
            r.size = Some(o.bytes);
            r.method = Some("import".into());
            r.steps =
                vec![format!("import {src_name} into {} ({} bytes, {} written)", v.spec(name), o.bytes, o.written)];
            r.changed = true;
            Ok(r)
        }
        Err(e) => {
            // Say what became of the partial volume: removed, or the command that does it.
            let cleaned = match v.pool.remove_image(name) {
                Ok(()) => format!("the partial volume {} was removed", v.spec(name)),
                Err(re) => format!(
                    "the partial volume {} could not be removed ({re}); remove it with: rbdctl volume rm --pool {} {name}",
                    v.spec(name),
                    v.pool.name()
                ),
            };
            Err(match e {
                Error::Interrupted { signal, .. } => Error::Interrupted { signal, cleaned: Some(cleaned) },
                e => {
                    if cleaned.contains("could not") {
                        v.printer.warn(&cleaned);
                    }
                    e
                }
            })
        }
    }
}

pub fn export(v: &Volumes<'_>, name: &str, output: Option<PathBuf>) -> Result<VolumeReport> {
    let img = v.pool.open_read_only(name, None).map_err(|e| match e {
        Error::NotFound { .. } => v.not_found(name),
        e => e,
    })?;
    let st = img.stat()?;
    let Output { sink, removable } = open_output(output.as_deref())?;
    let tuning = Tuning::for_reading(st.object_size, v.queue_depth, v.op_timeout);
    // Not checked against a manifest: a volume's head is written by its VM, so the one
    // recorded at import may rightly no longer match (`image verify --pool POOL rbd://NAME`
    // checks it on request).
    let export =
        |pb: &indicatif::ProgressBar| transfer::download(&img, 0, st.size, sink, &tuning, &Default::default(), pb);
    let res = transfer::job(&v.printer, Some(st.size), &format!("exporting {name}"), export, || {});
    match res {
        Ok(o) => {
            let mut r = VolumeReport::new(v, name, "export");
            r.size = Some(o.bytes);
            r.steps = vec![format!(
                "export {} to {} ({} bytes, {} read)",
                v.spec(name),
                output.as_ref().map_or("-".into(), |p| p.display().to_string()),
                o.bytes,
                o.read
            )];
            r.changed = output.is_some();
            Ok(r)
        }
        Err(e) => {
            Output::discard(&removable);
            Err(e)
        }
    }
}
