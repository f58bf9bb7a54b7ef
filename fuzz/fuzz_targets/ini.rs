//! glance-api.conf / cinder.conf: any file content resolves to settings or an
//! error, never a panic, whether read as a Glance or as a Cinder config.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rbdctl::config::{Inputs, Settings};
use std::io::Write;
use std::sync::OnceLock;

static FILE: OnceLock<tempfile::NamedTempFile> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let file = FILE.get_or_init(|| tempfile::NamedTempFile::new().expect("temp file"));
    let mut f = std::fs::File::create(file.path()).expect("rewrite temp file");
    f.write_all(data).expect("write temp file");
    drop(f);
    let env = |_: &str| None;
    for glance in [true, false] {
        let inputs = Inputs {
            config: None,
            glance_config: glance.then(|| file.path().to_path_buf()),
            store: None,
            cinder_config: (!glance).then(|| file.path().to_path_buf()),
            backend: None,
            flags: vec![],
            env: &env,
            home: None,
            search_system: false,
        };
        if let Ok(settings) = Settings::resolve(&inputs) {
            let _ = settings.rows();
        }
    }
});
