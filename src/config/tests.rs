//! The resolver's tests: every layer, every file format, every source of a bad value.
//! They read the raw layers by name (allowed here, inside config) and the typed result.

use super::openstack::MIB_EXPECTED;
use super::table::{parse_bool, parse_uint};
use super::*;
use crate::types::ByteSize;
use std::fs;
use std::path::Path;
use std::time::Duration;
use tempfile::TempDir;

/// A global flag: its name is the setting's.
fn flag(setting: &'static str, value: String) -> FlagValue {
    FlagValue { setting, flag: setting, value }
}

/// Typed reads of a raw layer, for the tests only.
impl Layers {
    fn path(&self, name: &str) -> Option<PathBuf> {
        self.string(name).map(PathBuf::from)
    }

    fn u64(&self, name: &str) -> Result<u64> {
        self.required(name, |raw| raw.parse::<u64>().map_err(|e| e.to_string())).map(|s| s.value)
    }

    fn bytes(&self, name: &str) -> Result<u64> {
        self.required(name, |raw| typed::<ByteSize>(raw).map(|b| b.0)).map(|s| s.value)
    }

    fn bool(&self, name: &str) -> Result<bool> {
        self.required(name, parse_bool).map(|s| s.value)
    }

    fn seconds(&self, name: &str) -> Result<Duration> {
        self.required(name, typed::<Seconds>).map(|s| s.value.duration())
    }

    fn list(&self, name: &str) -> Vec<String> {
        self.string(name)
            .map(|raw| raw.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
            .unwrap_or_default()
    }
}

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

fn err(r: Result<Layers>) -> String {
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
    let s = Layers::resolve(&inputs(&env)).unwrap();
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
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("image_pool").as_deref(), Some("from-toml"));
    assert_eq!(s.source("image_pool"), Source::RbdctlConfig { path: toml.display().to_string() });
    assert_eq!(s.source("hash"), Source::Default);

    i.glance_config = Some(glance.clone());
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("image_pool").as_deref(), Some("from-glance"));
    assert_eq!(
        s.source("image_pool"),
        Source::GlanceConfig { path: gpath.clone(), section: "glance_store".into(), option: "rbd_store_pool".into() }
    );
    assert_eq!(s.path("conf"), Some(PathBuf::from("/glance/ceph.conf")));

    let env = env_of(&[("RBDCTL_IMAGE_POOL", "from-env"), ("CEPH_CONF", "/env/ceph.conf")]);
    i.env = &env;
    let s = Layers::resolve(&i).unwrap();
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
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.path("conf"), Some(PathBuf::from("/rbdctl/ceph.conf")), "RBDCTL_CONF beats CEPH_CONF");

    i.flags = vec![flag("image_pool", "from-flag".into()), flag("conf", "/flag/ceph.conf".into())];
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("image_pool").as_deref(), Some("from-flag"));
    assert_eq!(s.source("image_pool"), Source::Flag { flag: "image_pool".into() });
    assert_eq!(s.source("image_pool").to_string(), "--image-pool");
    assert_eq!(s.source("conf"), Source::Flag { flag: "conf".into() });

    // The same for Cinder's pool.
    let env = env_of(&[]);
    let mut i = inputs(&env);
    i.config = Some(toml.clone());
    i.cinder_config = Some(cinder.clone());
    let s = Layers::resolve(&i).unwrap();
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
    assert_eq!(Layers::resolve(&i).unwrap().string("volume_pool").as_deref(), Some("v-env"));
    i.flags = vec![flag("volume_pool", "v-flag".into())];
    assert_eq!(Layers::resolve(&i).unwrap().string("volume_pool").as_deref(), Some("v-flag"));
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
    assert_eq!(Layers::resolve(&i).unwrap().string("image_pool").as_deref(), Some("home"));

    let xdg_dir = xdg.parent().unwrap().parent().unwrap().display().to_string();
    let env = move |v: &str| (v == "XDG_CONFIG_HOME").then(|| xdg_dir.clone());
    i.env = &env;
    assert_eq!(Layers::resolve(&i).unwrap().string("image_pool").as_deref(), Some("xdg"));

    let named_s = named.display().to_string();
    let env = move |v: &str| (v == "RBDCTL_CONFIG").then(|| named_s.clone());
    i.env = &env;
    assert_eq!(Layers::resolve(&i).unwrap().string("image_pool").as_deref(), Some("named"));

    // --config must exist.
    i.config = Some(dir.path().join("missing.toml"));
    match Layers::resolve(&i) {
        Err(Error::NotFound { what, .. }) => assert!(what.contains("missing.toml"), "{what}"),
        other => panic!("expected NotFound, got {:?}", other.err()),
    }
    // So must $RBDCTL_CONFIG.
    let env = |v: &str| (v == "RBDCTL_CONFIG").then(|| "/nonexistent/rbdctl.toml".to_string());
    let mut i = inputs(&env);
    i.home = Some(home);
    assert!(matches!(Layers::resolve(&i), Err(Error::NotFound { .. })));

    // Nothing anywhere: defaults.
    let env = no_env;
    let mut i = inputs(&env);
    i.home = Some(dir.path().join("nobody"));
    assert_eq!(Layers::resolve(&i).unwrap().source("image_pool"), Source::Default);
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
    let s = Layers::resolve(&i).unwrap();
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
    let e = err(Layers::resolve(&i));
    assert!(e.contains("\"image_pol\"") && e.contains(&p.display().to_string()), "{e}");

    let p = write(&dir, "broken.toml", "image_pool = \"x\"\n\nretries = = 3\n");
    i.config = Some(p.clone());
    let e = err(Layers::resolve(&i));
    assert!(e.contains(&p.display().to_string()) && e.contains("line 3"), "{e}");

    let p = write(&dir, "float.toml", "retries = 1.5\n");
    i.config = Some(p);
    let e = err(Layers::resolve(&i));
    assert!(e.contains("retries"), "{e}");

    let p = write(&dir, "bad.toml", "queue_depth = 0\n");
    i.config = Some(p.clone());
    let e = err(Layers::resolve(&i));
    assert_eq!(e, format!("invalid value \"0\" for queue_depth in {}: expected an integer from 1 to 256", p.display()));
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
    let s = Layers::resolve(&i).unwrap();
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
    let e = err(Layers::resolve(&i));
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
    let s = Layers::resolve(&i).unwrap();
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
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("image_pool").as_deref(), Some("images-cheap"));
    assert_eq!(s.bytes("chunk_size").unwrap(), 16777216);
    assert_eq!(s.string("id"), None);

    // a file store
    i.store = Some("files".into());
    let e = err(Layers::resolve(&i));
    assert_eq!(e, format!("store \"files\" in {shown} is of type file, not rbd; rbd stores: fast, cheap"));

    // an unknown store
    i.store = Some("nope".into());
    let e = err(Layers::resolve(&i));
    assert!(e.contains("\"nope\"") && e.contains("rbd stores: fast, cheap"), "{e}");

    // neither --store nor default_backend
    let p2 = write(&dir, "nodefault.conf", &GLANCE_MULTI.replace("default_backend = fast", ""));
    let mut i = inputs(&env);
    i.glance_config = Some(p2);
    let e = err(Layers::resolve(&i));
    assert!(e.contains("default_backend") && e.contains("rbd stores: fast, cheap"), "{e}");

    // --store without --glance-config
    let mut i = inputs(&env);
    i.store = Some("fast".into());
    assert!(err(Layers::resolve(&i)).contains("--glance-config"));
}

#[test]
fn cinder_backup_options_come_from_default_whatever_the_backend() {
    let dir = TempDir::new().unwrap();
    let conf = CINDER.replacen(
        "[DEFAULT]\n",
        "[DEFAULT]\nbackup_ceph_pool = bk\nbackup_ceph_user = cinder-backup\nbackup_ceph_conf = /etc/ceph/bk.conf\n\
         backup_ceph_max_snapshots = 3\nrestore_discard_excess_bytes = False\nbackup_ceph_stripe_unit = 65536\n",
        1,
    );
    let p = write(&dir, "cinder.conf", &conf);
    let env = no_env;
    let mut i = inputs(&env);
    i.cinder_config = Some(p.clone());
    i.backend = Some("ceph-slow".into());
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("backup_ceph_pool").as_deref(), Some("bk"));
    assert_eq!(s.string("backup_ceph_user").as_deref(), Some("cinder-backup"));
    assert_eq!(s.string("backup_ceph_conf").as_deref(), Some("/etc/ceph/bk.conf"));
    assert_eq!(s.u64("backup_ceph_max_snapshots").unwrap(), 3);
    assert_eq!(s.u64("backup_ceph_stripe_unit").unwrap(), 65536);
    assert!(!s.bool("restore_discard_excess_bytes").unwrap());
    assert_eq!(
        s.source("backup_ceph_pool"),
        Source::CinderConfig {
            path: p.display().to_string(),
            section: "DEFAULT".into(),
            option: "backup_ceph_pool".into()
        }
    );
    // Cinder's defaults otherwise.
    let s = Layers::resolve(&inputs(&env)).unwrap();
    assert_eq!(s.string("backup_ceph_pool").as_deref(), Some("backups"));
    assert_eq!(s.string("backup_ceph_user").as_deref(), Some("cinder"));
    assert_eq!(s.u64("backup_ceph_chunk_size").unwrap(), 128 << 20);
    assert_eq!(s.u64("backup_ceph_max_snapshots").unwrap(), 0);
    assert!(s.bool("restore_discard_excess_bytes").unwrap());
    let bad = CINDER.replacen("[DEFAULT]\n", "[DEFAULT]\nbackup_ceph_max_snapshots = many\n", 1);
    let p = write(&dir, "bad.conf", &bad);
    let mut i = inputs(&env);
    i.cinder_config = Some(p);
    i.backend = Some("ceph-slow".into());
    assert!(err(Layers::resolve(&i)).contains("backup_ceph_max_snapshots"));
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
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("volume_pool").as_deref(), Some("slowpool"));
    assert_eq!(s.u64("max_clone_depth").unwrap(), 7);
    assert!(s.bool("flatten_volume_from_snapshot").unwrap());
    assert_eq!(s.bytes("object_size").unwrap(), 8 << 20);
    assert_eq!(s.u64("retries").unwrap(), 9);
    assert_eq!(s.seconds("retry_interval").unwrap(), Duration::from_secs(2));
    assert_eq!(s.string("backend_name").as_deref(), Some("slow"));
    assert_eq!(
        s.source("max_clone_depth"),
        Source::CinderConfig { path: shown.clone(), section: "ceph-slow".into(), option: "rbd_max_clone_depth".into() }
    );
    assert_eq!(
        s.notes,
        ["skipped backend \"lvm\": volume_driver is cinder.volume.drivers.lvm.LVMVolumeDriver, not RBD"]
    );

    // By volume_backend_name.
    i.backend = Some("fast".into());
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("volume_pool").as_deref(), Some("volumes"));
    assert_eq!(s.u64("max_clone_depth").unwrap(), 2);
    assert_eq!(s.string("id").as_deref(), Some("cinder"));
    assert_eq!(s.string("secret_uuid").as_deref(), Some("457eb676-33da-42ec-9a8c-9293d545c337"));
    // rados_connect_timeout = -1 means "librados' default": it sets nothing.
    assert_eq!(s.source("connect_timeout"), Source::Default);
    assert_eq!(s.bytes("object_size").unwrap(), 4 << 20);

    // Omitted with two RBD backends.
    i.backend = None;
    let e = err(Layers::resolve(&i));
    assert!(e.contains("ceph-fast (volume_backend_name fast), ceph-slow (volume_backend_name slow)"), "{e}");
    assert!(e.contains("--backend"), "{e}");

    // A non-RBD backend.
    i.backend = Some("lvm".into());
    let e = err(Layers::resolve(&i));
    assert!(e.contains("\"lvm\"") && e.contains("not RBD") && e.contains("RBD backends: ceph-fast"), "{e}");

    // Unknown.
    i.backend = Some("gold".into());
    let e = err(Layers::resolve(&i));
    assert!(e.contains("\"gold\"") && e.contains("RBD backends: ceph-fast"), "{e}");

    // --backend without --cinder-config.
    let mut i = inputs(&env);
    i.backend = Some("ceph-fast".into());
    assert!(err(Layers::resolve(&i)).contains("--cinder-config"));
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
    let s = Layers::resolve(&i).unwrap();
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
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("volume_pool").as_deref(), Some("volumes"));
    assert_eq!(s.string("cluster").as_deref(), Some("backup"));
    assert_eq!(s.u64("max_clone_depth").unwrap(), 0);
    assert!(s.notes.is_empty());

    i.backend = Some("ceph".into());
    assert!(err(Layers::resolve(&i)).contains("single-backend"));

    let p = write(&dir, "lvm.conf", "[DEFAULT]\nvolume_driver = cinder.volume.drivers.lvm.LVMVolumeDriver\n");
    let mut i = inputs(&env);
    i.cinder_config = Some(p);
    assert!(err(Layers::resolve(&i)).contains("not RBD"));
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
        err(Layers::resolve(&i)),
        format!(
            "invalid value \"lots\" for rbd_max_clone_depth in [ceph-fast] of {}: expected an integer from 0 to 4294967295",
            p.display()
        )
    );
    // Only the chosen backend is read.
    i.backend = Some("ceph-slow".into());
    assert!(Layers::resolve(&i).is_ok());

    let p = write(&dir, "glance.conf", "[glance_store]\nrbd_store_chunk_size = big\n");
    let mut i = inputs(&env);
    i.glance_config = Some(p.clone());
    let e = err(Layers::resolve(&i));
    assert!(
        e.starts_with(&format!("invalid value \"big\" for rbd_store_chunk_size in [glance_store] of {}", p.display())),
        "{e}"
    );

    let p = write(&dir, "glance1.conf", "[glance_store]\nrbd_store_chunk_size = 3\n");
    i.glance_config = Some(p.clone());
    assert_eq!(
        err(Layers::resolve(&i)),
        format!(
            "invalid value \"3\" for rbd_store_chunk_size in [glance_store] of {}: expected {MIB_EXPECTED}",
            p.display()
        )
    );

    let p = write(&dir, "glance2.conf", "[glance_store]\nrbd_thin_provisioning = maybe\n");
    i.glance_config = Some(p);
    assert!(err(Layers::resolve(&i)).contains("rbd_thin_provisioning in [glance_store]"));

    let p = write(&dir, "glance3.conf", "[DEFAULT]\nhashing_algorithm = md5\n");
    i.glance_config = Some(p);
    assert!(err(Layers::resolve(&i)).contains("expected one of sha256, sha512, none"));

    let p = write(&dir, "cinder2.conf", "[DEFAULT]\nrbd_user = client.cinder\n");
    let mut i = inputs(&env);
    i.cinder_config = Some(p);
    assert!(err(Layers::resolve(&i)).contains("without the \"client.\" prefix"));

    let env = env_of(&[("RBDCTL_RETRIES", "many")]);
    let i = inputs(&env);
    assert_eq!(
        err(Layers::resolve(&i)),
        "invalid value \"many\" for retries from $RBDCTL_RETRIES: expected an integer from 0 to 4294967295"
    );

    let env = no_env;
    let mut i = inputs(&env);
    i.flags = vec![flag("chunk_size", "8 furlongs".into())];
    assert!(err(Layers::resolve(&i)).starts_with("invalid value \"8 furlongs\" for --chunk-size"));
    i.flags = vec![flag("features", "layering,fast-dif".into())];
    assert!(err(Layers::resolve(&i)).contains("--features"));
    i.flags = vec![flag("secret_uuid", "not-a-uuid".into())];
    assert!(err(Layers::resolve(&i)).contains("UUID"));
    i.flags = vec![flag("object_size", "3MiB".into())];
    assert_eq!(
        err(Layers::resolve(&i)),
        "invalid value \"3MiB\" for --object-size: expected a power of two from 4KiB to 32MiB (e.g. 4MiB, 8MiB)"
    );
    i.flags = vec![flag("queue_depth", "1000".into())];
    assert!(err(Layers::resolve(&i)).contains("expected an integer from 1 to 256"));
    i.flags = vec![flag("id", String::new())];
    assert!(err(Layers::resolve(&i)).contains("expected a value"));
}

#[test]
fn malformed_value_fails_even_when_overridden() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "c.toml", "retries = \"x\"\n");
    let env = no_env;
    let mut i = inputs(&env);
    i.config = Some(p);
    i.flags = vec![flag("retries", "2".into())];
    assert!(err(Layers::resolve(&i)).contains("retries"));
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
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("image_pool").as_deref(), Some("second"), "last value wins");
    assert_eq!(s.string("id").as_deref(), Some("glance"), "quotes around a whole value are stripped");
    assert_eq!(s.bytes("chunk_size").unwrap(), 8 << 20, "option names are case-sensitive");
    assert_eq!(s.path("conf"), None, "an empty value is unset");
    assert_eq!(s.u64("connect_timeout").unwrap(), 7);
}

#[test]
fn item12_missing_openstack_file_is_invalid_input() {
    let env = no_env;
    let mut i = inputs(&env);
    i.cinder_config = Some("/nonexistent/cinder.conf".into());
    match Layers::resolve(&i) {
        Err(e @ Error::InvalidInput(_)) => {
            assert_eq!(e.to_string(), "Cinder config file /nonexistent/cinder.conf not found (check --cinder-config)");
            assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        }
        other => panic!("expected InvalidInput, got {:?}", other.err()),
    }
}

#[test]
fn rows_list_every_setting_and_hide_ceph_args() {
    let env = env_of(&[("CEPH_ARGS", "--key AQBsecretsecret== --id admin"), ("RBDCTL_ID", "glance")]);
    let s = Layers::resolve(&inputs(&env)).unwrap();
    let rows = s.rows();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    let mut expected: Vec<&str> = SETTINGS.iter().map(|s| s.name).collect();
    expected.push("ceph_args");
    assert_eq!(names, expected);
    assert_eq!(rows.len(), SETTINGS.len() + 1);
    let ceph_args = rows.iter().find(|r| r.name == "ceph_args").unwrap();
    assert_eq!(ceph_args.value.as_deref(), Some("(set)"));
    let json = serde_json::to_string(&rows).unwrap();
    assert!(!json.contains("AQB") && !json.contains("secretsecret"), "{json}");
    assert!(json.contains(r#"{"name":"id","value":"glance","source":{"kind":"env","var":"RBDCTL_ID"}}"#), "{json}");
    assert!(json.contains(r#""source":{"kind":"default"}"#), "{json}");

    let env = no_env;
    let s = Layers::resolve(&inputs(&env)).unwrap();
    // Unset is no value and no source: "env CEPH_ARGS" would claim it was read from there.
    assert_eq!(s.rows().last().unwrap().value, None);
    assert_eq!(s.rows().last().unwrap().source, Source::Default);
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
        assert_eq!(text.parse::<ByteSize>().map(|b| b.0).ok(), Some(bytes), "{text}");
    }
    // One grammar with the flags' (crate::types::size): 1.5M is 1572864 bytes there too.
    for bad in ["", "0", "0M", "-1M", "8X", "M", "8MiBB", "99999999999T"] {
        assert!(bad.parse::<ByteSize>().is_err(), "{bad}");
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
    assert!(err(Layers::resolve(&i)).contains("MiB"));
    let p = write(&dir, "g2.conf", "[glance_store]\nrbd_store_chunk_size = 8\n");
    i.glance_config = Some(p);
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.bytes("chunk_size").unwrap(), 8388608);
    assert_eq!(s.string("chunk_size").as_deref(), Some("8MiB"));
}

#[test]
fn the_integration_fixtures_resolve() {
    let env = env_of(&[("CEPH_CONF", "/tmp/ceph.conf")]);
    let mut i = inputs(&env);
    i.glance_config = Some(fixture("glance-api.conf"));
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("image_pool").as_deref(), Some("images"));
    assert_eq!(s.bytes("chunk_size").unwrap(), 4 << 20);
    assert_eq!(s.string("id").as_deref(), Some("admin"));
    assert_eq!(s.source("conf"), Source::Env { var: "CEPH_CONF".into() });
    i.store = Some("cheap".into());
    let s = Layers::resolve(&i).unwrap();
    assert_eq!((s.string("image_pool").as_deref(), s.bytes("chunk_size").unwrap()), (Some("rbd"), 16 << 20));

    let mut i = inputs(&env);
    i.cinder_config = Some(fixture("cinder.conf"));
    assert!(err(Layers::resolve(&i)).contains("ceph-fast (volume_backend_name fast), ceph-slow"));
    i.backend = Some("ceph-fast".into());
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("volume_pool").as_deref(), Some("volumes"));
    assert_eq!(s.u64("max_clone_depth").unwrap(), 2);
    assert_eq!(s.bytes("object_size").unwrap(), 4 << 20);
    assert_eq!(
        s.notes,
        ["skipped backend \"lvm-1\": volume_driver is cinder.volume.drivers.lvm.LVMVolumeDriver, not RBD"]
    );
    i.backend = Some("slow".into());
    let s = Layers::resolve(&i).unwrap();
    assert_eq!(s.string("volume_pool").as_deref(), Some("rbd"));
    assert!(s.bool("flatten_volume_from_snapshot").unwrap());
    i.backend = Some("lvm-1".into());
    assert!(err(Layers::resolve(&i)).contains("not RBD"));
}

#[test]
fn the_typed_settings_carry_values_and_sources() {
    let env = env_of(&[("RBDCTL_MAX_CLONE_DEPTH", "3"), ("RBDCTL_OP_TIMEOUT", "7")]);
    let mut i = inputs(&env);
    i.flags = vec![FlagValue { setting: "image_pool", flag: "pool", value: "glance".into() }];
    let s = Settings::resolve(&i).unwrap();
    assert_eq!(s.max_clone_depth.value, Count(3));
    assert_eq!(s.max_clone_depth.source, Source::Env { var: "RBDCTL_MAX_CLONE_DEPTH".into() });
    assert_eq!(s.op_timeout.value, Seconds(7));
    assert_eq!(s.image_pool.value.as_str(), "glance");
    assert_eq!(s.image_pool.source.to_string(), "--pool", "a per-command flag is named as typed");
    assert_eq!(s.chunk_size.value.bytes(), 8 << 20);
    assert_eq!(s.features.value, Features::LAYERING);
    assert_eq!(s.id.value, None);
    let row = s.rows().iter().find(|r| r.name == "image_pool").unwrap();
    assert_eq!((row.value.as_deref(), &row.source), (Some("glance"), &Source::Flag { flag: "pool".into() }));
}

#[test]
fn a_clone_depth_that_does_not_fit_is_an_error_naming_the_variable() {
    // It was accepted and cast `as u32` to 0, which means "full copy".
    let env = env_of(&[("RBDCTL_MAX_CLONE_DEPTH", "4294967296")]);
    let e = err(Layers::resolve(&inputs(&env)));
    assert!(e.contains("$RBDCTL_MAX_CLONE_DEPTH") && e.contains("from 0 to 4294967295"), "{e}");
}

#[test]
fn a_bad_secret_uuid_is_refused_wherever_it_comes_from() {
    let env = env_of(&[("RBDCTL_SECRET_UUID", "notauuid")]);
    let e = err(Layers::resolve(&inputs(&env)));
    assert!(e.contains("secret_uuid from $RBDCTL_SECRET_UUID") && e.contains("UUID"), "{e}");
}

#[test]
fn item5_ceph_args_client_name_is_the_id_setting() {
    for (args, want) in [
        ("--id gl2 --keyring ./k", Some("gl2")),
        ("--keyring ./k --user=gl3", Some("gl3")),
        ("-n client.gl4", Some("gl4")),
        ("--name=client.gl5 --mon-host 1.2.3.4", Some("gl5")),
        ("--id a --id b", Some("b")),
        ("--mon-host 1.2.3.4", None),
    ] {
        assert_eq!(super::client_id_in_ceph_args(args).unwrap().as_deref(), want, "{args}");
    }
    assert!(super::client_id_in_ceph_args("--name osd.0").is_err());
    assert!(super::client_id_in_ceph_args("--id").is_err());

    let env = env_of(&[("CEPH_ARGS", "--id gl2 --key AQBsecret==")]);
    let s = Layers::resolve(&inputs(&env)).unwrap();
    assert_eq!(s.string("id").as_deref(), Some("gl2"));
    assert_eq!(s.source("id"), Source::Env { var: "CEPH_ARGS".into() });
    // RBDCTL_ID and the flag still win, as the precedence says.
    let env = env_of(&[("CEPH_ARGS", "--id gl2"), ("RBDCTL_ID", "glance")]);
    assert_eq!(Layers::resolve(&inputs(&env)).unwrap().string("id").as_deref(), Some("glance"));
}
