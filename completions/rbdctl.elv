
use builtin;
use str;

set edit:completion:arg-completer[rbdctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'rbdctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'rbdctl'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --id 'Client id to authenticate as, without "client." (before the subcommand; --user works anywhere)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand image 'Glance images: upload, download, remove, inspect'
            cand volume 'Cinder volumes: create, clone, snapshot, delete, extend, export'
            cand mon 'Monitors'
            cand config 'Effective settings and where each came from'
            cand exit-codes 'Print the exit-code table: every code and error kind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;image'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand upload 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it'
            cand download 'Download an image (whole, or a range) to a file or stdout, verifying its checksum'
            cand rm 'Unprotect and remove "snap", then remove the image'
            cand info 'Size, layout, snapshots, checksums, parent and clones of an image'
            cand ls 'List the images of a pool'
            cand gc 'Remove uploads left incomplete (killed before their snapshot was protected)'
            cand verify 'Check an image against its manifest: the OSDs checksum every object, no data moves'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;image;upload'= {
            cand --id 'Image id (Glance''s): the new image''s name [default: a new UUID]. Not the client: that is --user'
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand --object-size 'Object size, a power of two: Glance''s chunk size (--chunk-size is an alias) [default: 8MiB]'
            cand --size 'Exact size of the stream: 10G, 512M, or a bare number of bytes; a mismatch is an error'
            cand --hash 'Multihash stored beside md5 (Glance''s hashing_algorithm) [default: sha512]'
            cand --features 'RBD features, comma-separated [default: layering]'
            cand --checksum 'glance: md5 + multihash (Glance''s checksum and os_hash_value) and the manifest; none: the manifest only, as fast as rbd import [default: glance]'
            cand --queue-depth 'AIO requests in flight [default: 16]'
            cand --disk-format 'What the data is (Glance''s disk_format); auto stores what the inspector finds. Data that contradicts it, or fails a safety check (a qcow2 backing or data file, a VMDK naming other files, QED), is refused before anything is written'
            cand --convert 'Store the raw disk a qcow2 describes (Glance''s image conversion): zero and unallocated clusters are not written, checksums are over the raw bytes. From stdin the stream is first staged to a temporary file in $TMPDIR (qcow2 needs seeks)'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;download'= {
            cand -o 'Output file, or - for stdout [default: -]'
            cand --output 'Output file, or - for stdout [default: -]'
            cand --snap 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools'
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand --offset 'First byte to read'
            cand --length 'Bytes to read from --offset [default: to the end]'
            cand --verify 'manifest: every object read against the image''s manifest (ranges too); glance: also md5 and the multihash of a whole image [default: manifest]'
            cand --queue-depth 'AIO requests in flight [default: 16]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --force 'Replace an existing output file'
            cand --no-verify 'Check nothing and compute no digest'
            cand --allow-incomplete 'Read an interrupted upload anyway'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;rm'= {
            cand --snap 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools'
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --if-exists 'A missing image is a success (changed: false)'
            cand --dry-run 'Print the steps without doing them'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;info'= {
            cand --snap 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools'
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;ls'= {
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand --limit 'At most N rows'
            cand --start-after 'Start after this name (the last name of the previous page)'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --no-headers 'Rows only, for scripts'
            cand --names 'Names only, from the pool directory without opening any image (as cheap as `rbd ls`)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;gc'= {
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand --older-than 'Only uploads started at least this long ago (e.g. 3600, 30m, 2h, 1d, 0 for all); an upload still open by its client is never touched [default: 1h]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --dry-run 'Print what would be removed'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;verify'= {
            cand --pool 'Pool [default: images, Glance''s rbd_store_pool]'
            cand --snap 'Snapshot of the image to use [default: snap, Glance''s]; for images made by other tools'
            cand --queue-depth 'Requests in flight [default: 16; OSD checksums: 4 x this]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --deep 'Read every byte and also check md5 and the multihash'
            cand --add-manifest 'Without a manifest: compute one from the snapshot''s data and store it'
            cand --allow-incomplete 'Verify an interrupted upload anyway'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;image;help'= {
            cand upload 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it'
            cand download 'Download an image (whole, or a range) to a file or stdout, verifying its checksum'
            cand rm 'Unprotect and remove "snap", then remove the image'
            cand info 'Size, layout, snapshots, checksums, parent and clones of an image'
            cand ls 'List the images of a pool'
            cand gc 'Remove uploads left incomplete (killed before their snapshot was protected)'
            cand verify 'Check an image against its manifest: the OSDs checksum every object, no data moves'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;image;help;upload'= {
        }
        &'rbdctl;image;help;download'= {
        }
        &'rbdctl;image;help;rm'= {
        }
        &'rbdctl;image;help;info'= {
        }
        &'rbdctl;image;help;ls'= {
        }
        &'rbdctl;image;help;gc'= {
        }
        &'rbdctl;image;help;verify'= {
        }
        &'rbdctl;image;help;help'= {
        }
        &'rbdctl;volume'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a volume: empty, or from a snapshot, a volume or an image'
            cand clone 'Clone a volume through a protected "<DEST>.clone_snap" snapshot'
            cand flatten 'Copy the parent''s data into a clone and detach it'
            cand rm 'Delete a volume the way Cinder does'
            cand snapshot 'Volume snapshots'
            cand extend 'Grow a volume'
            cand info 'Size, layout, snapshots, parent and clones of a volume'
            cand ls 'List volumes (hides *.deleted unless --all)'
            cand tree 'The clone lineage of a volume: up to the root, down to every clone'
            cand connection-info 'What Nova/libvirt need to attach the volume (Cinder''s initialize_connection)'
            cand stats 'Pool capacity as Cinder reports it (get_volume_stats)'
            cand export 'Stream a volume to a file or stdout (sparse, with progress)'
            cand import 'Stream a file or stdin into a new volume (sparse, with progress)'
            cand export-diff 'Write a snapshot''s changes as an "rbd diff v1" stream (as rbd export-diff)'
            cand import-diff 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)'
            cand backup 'Backups the way Cinder''s Ceph backup driver makes them: incremental, restorable'
            cand trash 'The pool''s RBD trash, filled by `volume rm --trash`: list, restore, purge'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;create'= {
            cand --size 'Size: 10G, 10GiB, 512M, 1T (a bare number is bytes, and must be whole MiB)'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --object-size 'Object size, a power of two (--chunk-size is an alias) [default: 4MiB, order 22]'
            cand --features 'RBD features, comma-separated [default: layering]'
            cand --from-snapshot 'Clone this protected snapshot (VOL@SNAP)'
            cand --from-volume 'Clone this volume (as `volume clone`)'
            cand --from-image 'COW-clone a Glance image location of this cluster, or copy it when that can''t be done'
            cand --source-conf 'With --from-image: ceph.conf of the cluster holding the image, if not this one'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --flatten 'With --from-snapshot: flatten the new volume (rbd_flatten_volume_from_snapshot)'
            cand --allow-incomplete 'With --from-image: use an interrupted upload anyway'
            cand --if-not-exists 'An existing volume of the same size is a success (changed: false)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;clone'= {
            cand --size 'Grow the clone to this size (10G, 512M; a bare number is bytes) if larger than the source'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --max-clone-depth 'At this clone depth the new clone is flattened; 0 = full copy [default: 5]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --flatten-source 'Cinder 2014 rule: at the maximum depth flatten the source instead of the clone'
            cand --dry-run 'Print the steps without doing them'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;flatten'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;rm'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --trash 'A volume with user snapshots: remove them and move the volume to the RBD trash instead of refusing'
            cand --dry-run 'Print the steps without doing them'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;snapshot'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create and protect a snapshot (Cinder''s create_snapshot)'
            cand rm 'Unprotect and remove a snapshot'
            cand ls 'List a volume''s snapshots'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;snapshot;create'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --if-not-exists 'An existing snapshot is a success (changed: false)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;snapshot;rm'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --flatten-children 'Flatten the snapshot''s clones first, instead of refusing'
            cand --dry-run 'Print the steps without doing them'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;snapshot;ls'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --no-headers 'Rows only, for scripts'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;snapshot;help'= {
            cand create 'Create and protect a snapshot (Cinder''s create_snapshot)'
            cand rm 'Unprotect and remove a snapshot'
            cand ls 'List a volume''s snapshots'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;snapshot;help;create'= {
        }
        &'rbdctl;volume;snapshot;help;rm'= {
        }
        &'rbdctl;volume;snapshot;help;ls'= {
        }
        &'rbdctl;volume;snapshot;help;help'= {
        }
        &'rbdctl;volume;extend'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --allow-shrink 'Allow a smaller size (destroys the data beyond it)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;info'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;ls'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --limit 'At most N rows'
            cand --start-after 'Start after this name (the last name of the previous page)'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --all 'Include volumes renamed *.deleted'
            cand --no-headers 'Rows only, for scripts'
            cand --names 'Names only, from the pool directory without opening any volume (as cheap as `rbd ls`)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;tree'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;connection-info'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --secret-uuid 'libvirt secret UUID [default: rbd_secret_uuid, else the cluster fsid]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;stats'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --provisioned 'Also sum the volumes'' sizes (provisioned_capacity_gb): reads every volume of the pool'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;export'= {
            cand -o 'Output file, or - for stdout [default: -] (as `image download -o`)'
            cand --output 'Output file, or - for stdout [default: -] (as `image download -o`)'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --queue-depth 'AIO requests in flight [default: 16]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --force 'Replace an existing output file'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;import'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --object-size 'Object size, a power of two (--chunk-size is an alias) [default: 4MiB]'
            cand --disk-format 'What the file is (Glance''s disk_format); data that contradicts it, or fails a safety check, is refused. A qcow2 is converted to raw (from stdin: staged to a temporary file in $TMPDIR first, since qcow2 needs seeks)'
            cand --queue-depth 'AIO requests in flight [default: 16]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;export-diff'= {
            cand --from-snap 'Only the changes since this snapshot of the same volume'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --force 'Replace an existing output file'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;import-diff'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;backup'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Back a volume up: full, or incremental from the latest backup''s snapshot'
            cand ls 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains'
            cand restore 'Restore a backup onto a volume (diff restore or full copy), then verify it'
            cand rm 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;backup;create'= {
            cand --id 'The new backup''s id [default: a new UUID]'
            cand --max-snapshots 'Keep at most N backup snapshots on the volume, 0 = all [default: 0]'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --backup-pool 'The backup pool [default: backups]'
            cand --backup-conf 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster'
            cand --backup-user 'Client id for --backup-conf''s cluster [default: cinder]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --incremental 'Back up only the changes since the latest backup (full if there is none, or if its snapshot is gone from the volume)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;backup;ls'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --backup-pool 'The backup pool [default: backups]'
            cand --backup-conf 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster'
            cand --backup-user 'Client id for --backup-conf''s cluster [default: cinder]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --no-headers 'Omit the header line'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;backup;restore'= {
            cand --to 'The volume to restore onto'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --backup-pool 'The backup pool [default: backups]'
            cand --backup-conf 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster'
            cand --backup-user 'Client id for --backup-conf''s cluster [default: cinder]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --create 'Create the target volume at the backup''s size'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;backup;rm'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand --backup-pool 'The backup pool [default: backups]'
            cand --backup-conf 'ceph.conf of the cluster holding the backups, if not the volumes'' cluster'
            cand --backup-user 'Client id for --backup-conf''s cluster [default: cinder]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --cascade 'Also remove the incrementals that depend on it'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;backup;help'= {
            cand create 'Back a volume up: full, or incremental from the latest backup''s snapshot'
            cand ls 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains'
            cand restore 'Restore a backup onto a volume (diff restore or full copy), then verify it'
            cand rm 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;backup;help;create'= {
        }
        &'rbdctl;volume;backup;help;ls'= {
        }
        &'rbdctl;volume;backup;help;restore'= {
        }
        &'rbdctl;volume;backup;help;rm'= {
        }
        &'rbdctl;volume;backup;help;help'= {
        }
        &'rbdctl;volume;trash'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand ls 'List the trash entries of the pool (as `rbd trash ls --all`)'
            cand restore 'Put a trash entry back as a volume'
            cand purge 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;trash;ls'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --no-headers 'Rows only, for scripts'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;trash;restore'= {
            cand --name 'Restore under this name instead of the volume''s own'
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --dry-run 'Print the step without doing it'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;trash;purge'= {
            cand --pool 'Pool [default: rbd, Cinder''s rbd_pool]'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --dry-run 'Print what would be removed'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;volume;trash;help'= {
            cand ls 'List the trash entries of the pool (as `rbd trash ls --all`)'
            cand restore 'Put a trash entry back as a volume'
            cand purge 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;trash;help;ls'= {
        }
        &'rbdctl;volume;trash;help;restore'= {
        }
        &'rbdctl;volume;trash;help;purge'= {
        }
        &'rbdctl;volume;trash;help;help'= {
        }
        &'rbdctl;volume;help'= {
            cand create 'Create a volume: empty, or from a snapshot, a volume or an image'
            cand clone 'Clone a volume through a protected "<DEST>.clone_snap" snapshot'
            cand flatten 'Copy the parent''s data into a clone and detach it'
            cand rm 'Delete a volume the way Cinder does'
            cand snapshot 'Volume snapshots'
            cand extend 'Grow a volume'
            cand info 'Size, layout, snapshots, parent and clones of a volume'
            cand ls 'List volumes (hides *.deleted unless --all)'
            cand tree 'The clone lineage of a volume: up to the root, down to every clone'
            cand connection-info 'What Nova/libvirt need to attach the volume (Cinder''s initialize_connection)'
            cand stats 'Pool capacity as Cinder reports it (get_volume_stats)'
            cand export 'Stream a volume to a file or stdout (sparse, with progress)'
            cand import 'Stream a file or stdin into a new volume (sparse, with progress)'
            cand export-diff 'Write a snapshot''s changes as an "rbd diff v1" stream (as rbd export-diff)'
            cand import-diff 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)'
            cand backup 'Backups the way Cinder''s Ceph backup driver makes them: incremental, restorable'
            cand trash 'The pool''s RBD trash, filled by `volume rm --trash`: list, restore, purge'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;volume;help;create'= {
        }
        &'rbdctl;volume;help;clone'= {
        }
        &'rbdctl;volume;help;flatten'= {
        }
        &'rbdctl;volume;help;rm'= {
        }
        &'rbdctl;volume;help;snapshot'= {
            cand create 'Create and protect a snapshot (Cinder''s create_snapshot)'
            cand rm 'Unprotect and remove a snapshot'
            cand ls 'List a volume''s snapshots'
        }
        &'rbdctl;volume;help;snapshot;create'= {
        }
        &'rbdctl;volume;help;snapshot;rm'= {
        }
        &'rbdctl;volume;help;snapshot;ls'= {
        }
        &'rbdctl;volume;help;extend'= {
        }
        &'rbdctl;volume;help;info'= {
        }
        &'rbdctl;volume;help;ls'= {
        }
        &'rbdctl;volume;help;tree'= {
        }
        &'rbdctl;volume;help;connection-info'= {
        }
        &'rbdctl;volume;help;stats'= {
        }
        &'rbdctl;volume;help;export'= {
        }
        &'rbdctl;volume;help;import'= {
        }
        &'rbdctl;volume;help;export-diff'= {
        }
        &'rbdctl;volume;help;import-diff'= {
        }
        &'rbdctl;volume;help;backup'= {
            cand create 'Back a volume up: full, or incremental from the latest backup''s snapshot'
            cand ls 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains'
            cand restore 'Restore a backup onto a volume (diff restore or full copy), then verify it'
            cand rm 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)'
        }
        &'rbdctl;volume;help;backup;create'= {
        }
        &'rbdctl;volume;help;backup;ls'= {
        }
        &'rbdctl;volume;help;backup;restore'= {
        }
        &'rbdctl;volume;help;backup;rm'= {
        }
        &'rbdctl;volume;help;trash'= {
            cand ls 'List the trash entries of the pool (as `rbd trash ls --all`)'
            cand restore 'Put a trash entry back as a volume'
            cand purge 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)'
        }
        &'rbdctl;volume;help;trash;ls'= {
        }
        &'rbdctl;volume;help;trash;restore'= {
        }
        &'rbdctl;volume;help;trash;purge'= {
        }
        &'rbdctl;volume;help;help'= {
        }
        &'rbdctl;mon'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand addrs 'Monitor hosts and ports from the monitor map'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;mon;addrs'= {
            cand --prefer 'Which messenger address to report when a monitor has both'
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;mon;help'= {
            cand addrs 'Monitor hosts and ports from the monitor map'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;mon;help;addrs'= {
        }
        &'rbdctl;mon;help;help'= {
        }
        &'rbdctl;config'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Every effective setting, its value and its source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;config;show'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;config;help'= {
            cand show 'Every effective setting, its value and its source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;config;help;show'= {
        }
        &'rbdctl;config;help;help'= {
        }
        &'rbdctl;exit-codes'= {
            cand -c 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --conf 'Ceph configuration file [env: CEPH_CONF] (default: librados'' own search)'
            cand --user 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)'
            cand --keyring 'Keyring file holding the client''s key (never pass a key itself)'
            cand --cluster 'Cluster name, for the default conf and keyring paths'
            cand --format 'Output format'
            cand --connect-timeout 'Seconds to connect (retries included) and for each monitor command [default: 30]'
            cand --op-timeout 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]'
            cand --retries 'Retries for connecting and for busy images (Cinder''s rados_connection_retries) [default: 3]'
            cand --retry-interval 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]'
            cand --config 'rbdctl''s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)'
            cand --glance-config 'Read pool, user, conf and chunk size from a glance-api.conf'
            cand --store 'With --glance-config: which store of enabled_backends (default: default_backend)'
            cand --cinder-config 'Read pool, user, conf and clone rules from a cinder.conf'
            cand --backend 'With --cinder-config: which backend section (or volume_backend_name)'
            cand --markdown 'The README''s Markdown table (scripts/gen writes it)'
            cand -q 'No progress bars or notes; results and errors only'
            cand --quiet 'No progress bars or notes; results and errors only'
            cand -v 'Log steps to stderr (-vv details, -vvv everything)'
            cand --verbose 'Log steps to stderr (-vv details, -vvv everything)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'rbdctl;help'= {
            cand image 'Glance images: upload, download, remove, inspect'
            cand volume 'Cinder volumes: create, clone, snapshot, delete, extend, export'
            cand mon 'Monitors'
            cand config 'Effective settings and where each came from'
            cand exit-codes 'Print the exit-code table: every code and error kind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rbdctl;help;image'= {
            cand upload 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it'
            cand download 'Download an image (whole, or a range) to a file or stdout, verifying its checksum'
            cand rm 'Unprotect and remove "snap", then remove the image'
            cand info 'Size, layout, snapshots, checksums, parent and clones of an image'
            cand ls 'List the images of a pool'
            cand gc 'Remove uploads left incomplete (killed before their snapshot was protected)'
            cand verify 'Check an image against its manifest: the OSDs checksum every object, no data moves'
        }
        &'rbdctl;help;image;upload'= {
        }
        &'rbdctl;help;image;download'= {
        }
        &'rbdctl;help;image;rm'= {
        }
        &'rbdctl;help;image;info'= {
        }
        &'rbdctl;help;image;ls'= {
        }
        &'rbdctl;help;image;gc'= {
        }
        &'rbdctl;help;image;verify'= {
        }
        &'rbdctl;help;volume'= {
            cand create 'Create a volume: empty, or from a snapshot, a volume or an image'
            cand clone 'Clone a volume through a protected "<DEST>.clone_snap" snapshot'
            cand flatten 'Copy the parent''s data into a clone and detach it'
            cand rm 'Delete a volume the way Cinder does'
            cand snapshot 'Volume snapshots'
            cand extend 'Grow a volume'
            cand info 'Size, layout, snapshots, parent and clones of a volume'
            cand ls 'List volumes (hides *.deleted unless --all)'
            cand tree 'The clone lineage of a volume: up to the root, down to every clone'
            cand connection-info 'What Nova/libvirt need to attach the volume (Cinder''s initialize_connection)'
            cand stats 'Pool capacity as Cinder reports it (get_volume_stats)'
            cand export 'Stream a volume to a file or stdout (sparse, with progress)'
            cand import 'Stream a file or stdin into a new volume (sparse, with progress)'
            cand export-diff 'Write a snapshot''s changes as an "rbd diff v1" stream (as rbd export-diff)'
            cand import-diff 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)'
            cand backup 'Backups the way Cinder''s Ceph backup driver makes them: incremental, restorable'
            cand trash 'The pool''s RBD trash, filled by `volume rm --trash`: list, restore, purge'
        }
        &'rbdctl;help;volume;create'= {
        }
        &'rbdctl;help;volume;clone'= {
        }
        &'rbdctl;help;volume;flatten'= {
        }
        &'rbdctl;help;volume;rm'= {
        }
        &'rbdctl;help;volume;snapshot'= {
            cand create 'Create and protect a snapshot (Cinder''s create_snapshot)'
            cand rm 'Unprotect and remove a snapshot'
            cand ls 'List a volume''s snapshots'
        }
        &'rbdctl;help;volume;snapshot;create'= {
        }
        &'rbdctl;help;volume;snapshot;rm'= {
        }
        &'rbdctl;help;volume;snapshot;ls'= {
        }
        &'rbdctl;help;volume;extend'= {
        }
        &'rbdctl;help;volume;info'= {
        }
        &'rbdctl;help;volume;ls'= {
        }
        &'rbdctl;help;volume;tree'= {
        }
        &'rbdctl;help;volume;connection-info'= {
        }
        &'rbdctl;help;volume;stats'= {
        }
        &'rbdctl;help;volume;export'= {
        }
        &'rbdctl;help;volume;import'= {
        }
        &'rbdctl;help;volume;export-diff'= {
        }
        &'rbdctl;help;volume;import-diff'= {
        }
        &'rbdctl;help;volume;backup'= {
            cand create 'Back a volume up: full, or incremental from the latest backup''s snapshot'
            cand ls 'List the backups in the backup pool (rbdctl''s and Cinder''s) with their chains'
            cand restore 'Restore a backup onto a volume (diff restore or full copy), then verify it'
            cand rm 'Delete a backup (Cinder''s delete; refused if an incremental depends on it)'
        }
        &'rbdctl;help;volume;backup;create'= {
        }
        &'rbdctl;help;volume;backup;ls'= {
        }
        &'rbdctl;help;volume;backup;restore'= {
        }
        &'rbdctl;help;volume;backup;rm'= {
        }
        &'rbdctl;help;volume;trash'= {
            cand ls 'List the trash entries of the pool (as `rbd trash ls --all`)'
            cand restore 'Put a trash entry back as a volume'
            cand purge 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)'
        }
        &'rbdctl;help;volume;trash;ls'= {
        }
        &'rbdctl;help;volume;trash;restore'= {
        }
        &'rbdctl;help;volume;trash;purge'= {
        }
        &'rbdctl;help;mon'= {
            cand addrs 'Monitor hosts and ports from the monitor map'
        }
        &'rbdctl;help;mon;addrs'= {
        }
        &'rbdctl;help;config'= {
            cand show 'Every effective setting, its value and its source'
        }
        &'rbdctl;help;config;show'= {
        }
        &'rbdctl;help;exit-codes'= {
        }
        &'rbdctl;help;help'= {
        }
    ]
    $completions[$command]
}
