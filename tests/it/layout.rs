//! The `#[repr(C)]` structs in src/ceph/ffi.rs are hand-written from librbd.h; this
//! compiles a C program against the installed header and compares every size and
//! field offset with Rust's, so a wrong layout fails here instead of corrupting memory.

use rbdctl::ceph::ffi;
use std::mem::{offset_of, size_of};
use std::process::Command;

const PROGRAM: &str = r#"
#include <stdio.h>
#include <stddef.h>
#include <rbd/librbd.h>
#define S(t) printf("sizeof(" #t ") %zu\n", sizeof(t))
#define O(t, f) printf(#t " " #f " %zu\n", offsetof(t, f))
int main(void) {
    S(rbd_image_info_t); O(rbd_image_info_t, size); O(rbd_image_info_t, obj_size); O(rbd_image_info_t, num_objs);
    O(rbd_image_info_t, order); O(rbd_image_info_t, block_name_prefix); O(rbd_image_info_t, parent_pool); O(rbd_image_info_t, parent_name);
    S(rbd_image_spec_t); O(rbd_image_spec_t, id); O(rbd_image_spec_t, name);
    S(rbd_linked_image_spec_t); O(rbd_linked_image_spec_t, pool_id); O(rbd_linked_image_spec_t, pool_name);
    O(rbd_linked_image_spec_t, pool_namespace); O(rbd_linked_image_spec_t, image_id); O(rbd_linked_image_spec_t, image_name); O(rbd_linked_image_spec_t, trash);
    S(rbd_snap_spec_t); O(rbd_snap_spec_t, id); O(rbd_snap_spec_t, namespace_type); O(rbd_snap_spec_t, name);
    S(rbd_snap_info_t); O(rbd_snap_info_t, id); O(rbd_snap_info_t, size); O(rbd_snap_info_t, name);
    S(rbd_image_watcher_t); O(rbd_image_watcher_t, addr); O(rbd_image_watcher_t, id); O(rbd_image_watcher_t, cookie);
    printf("RBD_IMAGE_OPTION_FORMAT %d\n", RBD_IMAGE_OPTION_FORMAT);
    printf("RBD_IMAGE_OPTION_FEATURES %d\n", RBD_IMAGE_OPTION_FEATURES);
    printf("RBD_IMAGE_OPTION_ORDER %d\n", RBD_IMAGE_OPTION_ORDER);
    printf("RBD_IMAGE_OPTION_STRIPE_UNIT %d\n", RBD_IMAGE_OPTION_STRIPE_UNIT);
    printf("RBD_IMAGE_OPTION_STRIPE_COUNT %d\n", RBD_IMAGE_OPTION_STRIPE_COUNT);
    return 0;
}
"#;

fn c_layout() -> Vec<(String, usize)> {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("layout.c");
    let bin = dir.path().join("layout");
    std::fs::write(&src, PROGRAM).unwrap();
    let cc = Command::new("cc")
        .arg(&src)
        .arg("-o")
        .arg(&bin)
        .output()
        .expect("a C compiler (cc) is needed: apt-get install gcc");
    assert!(
        cc.status.success(),
        "compiling against librbd.h failed (is librbd-dev installed? scripts/deps):\n{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    let out = Command::new(&bin).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (k, v) = l.rsplit_once(' ').unwrap();
            (k.to_string(), v.parse().unwrap())
        })
        .collect()
}

#[test]
fn ffi_structs_match_librbd_h() {
    macro_rules! rust {
        ($t:ident) => {
            (concat!("sizeof(", stringify!($t), ")").to_string(), size_of::<ffi::$t>())
        };
        ($t:ident, $f:ident) => {
            (concat!(stringify!($t), " ", stringify!($f)).to_string(), offset_of!(ffi::$t, $f))
        };
    }
    let ours = vec![
        rust!(rbd_image_info_t),
        rust!(rbd_image_info_t, size),
        rust!(rbd_image_info_t, obj_size),
        rust!(rbd_image_info_t, num_objs),
        rust!(rbd_image_info_t, order),
        rust!(rbd_image_info_t, block_name_prefix),
        rust!(rbd_image_info_t, parent_pool),
        rust!(rbd_image_info_t, parent_name),
        rust!(rbd_image_spec_t),
        rust!(rbd_image_spec_t, id),
        rust!(rbd_image_spec_t, name),
        rust!(rbd_linked_image_spec_t),
        rust!(rbd_linked_image_spec_t, pool_id),
        rust!(rbd_linked_image_spec_t, pool_name),
        rust!(rbd_linked_image_spec_t, pool_namespace),
        rust!(rbd_linked_image_spec_t, image_id),
        rust!(rbd_linked_image_spec_t, image_name),
        rust!(rbd_linked_image_spec_t, trash),
        rust!(rbd_snap_spec_t),
        rust!(rbd_snap_spec_t, id),
        rust!(rbd_snap_spec_t, namespace_type),
        rust!(rbd_snap_spec_t, name),
        rust!(rbd_snap_info_t),
        rust!(rbd_snap_info_t, id),
        rust!(rbd_snap_info_t, size),
        rust!(rbd_snap_info_t, name),
        rust!(rbd_image_watcher_t),
        rust!(rbd_image_watcher_t, addr),
        rust!(rbd_image_watcher_t, id),
        rust!(rbd_image_watcher_t, cookie),
        ("RBD_IMAGE_OPTION_FORMAT".to_string(), ffi::RBD_IMAGE_OPTION_FORMAT as usize),
        ("RBD_IMAGE_OPTION_FEATURES".to_string(), ffi::RBD_IMAGE_OPTION_FEATURES as usize),
        ("RBD_IMAGE_OPTION_ORDER".to_string(), ffi::RBD_IMAGE_OPTION_ORDER as usize),
        ("RBD_IMAGE_OPTION_STRIPE_UNIT".to_string(), ffi::RBD_IMAGE_OPTION_STRIPE_UNIT as usize),
        ("RBD_IMAGE_OPTION_STRIPE_COUNT".to_string(), ffi::RBD_IMAGE_OPTION_STRIPE_COUNT as usize),
    ];
    let theirs = c_layout();
    assert_eq!(ours.len(), theirs.len(), "every checked item must come from both sides");
    for (k, v) in &ours {
        let c = theirs.iter().find(|(ck, _)| ck == k).unwrap_or_else(|| panic!("{k} missing from the C side"));
        assert_eq!(*v, c.1, "{k}: Rust has {v}, librbd.h has {}", c.1);
    }
}
