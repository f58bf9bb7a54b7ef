# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_rbdctl_global_optspecs
    string join \n c/conf= user= keyring= cluster= format= q/quiet v/verbose connect-timeout= op-timeout= retries= retry-interval= config= glance-config= store= cinder-config= backend= id= h/help V/version
end

function __fish_rbdctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_rbdctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_rbdctl_using_subcommand
    set -l cmd (__fish_rbdctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c rbdctl -n "__fish_rbdctl_needs_command" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -l id -d 'Client id to authenticate as, without "client." (before the subcommand; --user works anywhere)' -r
complete -c rbdctl -n "__fish_rbdctl_needs_command" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -s V -l version -d 'Print version'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -f -a "image" -d 'Glance images: upload, download, remove, inspect'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -f -a "volume" -d 'Cinder volumes: create, clone, snapshot, delete, extend, export'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -f -a "mon" -d 'Monitors'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -f -a "config" -d 'Effective settings and where each came from'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -f -a "exit-codes" -d 'Print the exit-code table: every code and error kind'
complete -c rbdctl -n "__fish_rbdctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "upload" -d 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "download" -d 'Download an image (whole, or a range) to a file or stdout, verifying its checksum'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "rm" -d 'Unprotect and remove "snap", then remove the image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "info" -d 'Size, layout, snapshots, checksums, parent and clones of an image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "ls" -d 'List the images of a pool'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "gc" -d 'Remove uploads left incomplete (killed before their snapshot was protected)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "verify" -d 'Check an image against its manifest: the OSDs checksum every object, no data moves'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and not __fish_seen_subcommand_from upload download rm info ls gc verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l id -d 'Image id (Glance\'s): the new image\'s name [default: a new UUID]. Not the client: that is --user' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l object-size -d 'Object size, a power of two: Glance\'s chunk size (--chunk-size is an alias) [default: 8MiB]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l size -d 'Exact size of the stream: 10G, 512M, or a bare number of bytes; a mismatch is an error' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l hash -d 'Multihash stored beside md5 (Glance\'s hashing_algorithm) [default: sha512]' -r -f -a "sha256\t''
sha512\t''
none\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l features -d 'RBD features, comma-separated [default: layering]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l checksum -d 'glance: md5 + multihash (Glance\'s checksum and os_hash_value) and the manifest; none: the manifest only, as fast as rbd import [default: glance]' -r -f -a "glance\t''
none\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l queue-depth -d 'AIO requests in flight [default: 16]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l disk-format -d 'What the data is (Glance\'s disk_format); auto stores what the inspector finds. Data that contradicts it, or fails a safety check (a qcow2 backing or data file, a VMDK naming other files, QED), is refused before anything is written' -r -f -a "auto\t''
raw\t''
qcow2\t''
vmdk\t''
vhd\t''
vhdx\t''
vdi\t''
qed\t''
iso\t''
gpt\t''
mbr\t''
luks\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l convert -d 'Store the raw disk a qcow2 describes (Glance\'s image conversion): zero and unallocated clusters are not written, checksums are over the raw bytes. From stdin the stream is first staged to a temporary file in $TMPDIR (qcow2 needs seeks)' -r -f -a "raw\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -s o -l output -d 'Output file, or - for stdout [default: -]' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l snap -d 'Snapshot of the image to use [default: snap, Glance\'s]; for images made by other tools' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l offset -d 'First byte to read' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l length -d 'Bytes to read from --offset [default: to the end]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l verify -d 'manifest: every object read against the image\'s manifest (ranges too); glance: also md5 and the multihash of a whole image [default: manifest]' -r -f -a "manifest\t''
glance\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l queue-depth -d 'AIO requests in flight [default: 16]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l force -d 'Replace an existing output file'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l no-verify -d 'Check nothing and compute no digest'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -l allow-incomplete -d 'Read an interrupted upload anyway'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l snap -d 'Snapshot of the image to use [default: snap, Glance\'s]; for images made by other tools' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l if-exists -d 'A missing image is a success (changed: false)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the steps without doing them'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l snap -d 'Snapshot of the image to use [default: snap, Glance\'s]; for images made by other tools' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l limit -d 'At most N rows' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l start-after -d 'Start after this name (the last name of the previous page)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-headers -d 'Rows only, for scripts'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -l names -d 'Names only, from the pool directory without opening any image (as cheap as `rbd ls`)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l older-than -d 'Only uploads started at least this long ago (e.g. 3600, 30m, 2h, 1d, 0 for all); an upload still open by its client is never touched [default: 1h]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -l dry-run -d 'Print what would be removed'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from gc" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l pool -d 'Pool [default: images, Glance\'s rbd_store_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l snap -d 'Snapshot of the image to use [default: snap, Glance\'s]; for images made by other tools' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l queue-depth -d 'Requests in flight [default: 16; OSD checksums: 4 x this]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l deep -d 'Read every byte and also check md5 and the multihash'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l add-manifest -d 'Without a manifest: compute one from the snapshot\'s data and store it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l allow-incomplete -d 'Verify an interrupted upload anyway'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download an image (whole, or a range) to a file or stdout, verifying its checksum'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Unprotect and remove "snap", then remove the image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "info" -d 'Size, layout, snapshots, checksums, parent and clones of an image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the images of a pool'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "gc" -d 'Remove uploads left incomplete (killed before their snapshot was protected)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check an image against its manifest: the OSDs checksum every object, no data moves'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "create" -d 'Create a volume: empty, or from a snapshot, a volume or an image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "clone" -d 'Clone a volume through a protected "<DEST>.clone_snap" snapshot'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "flatten" -d 'Copy the parent\'s data into a clone and detach it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "rm" -d 'Delete a volume the way Cinder does'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "snapshot" -d 'Volume snapshots'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "extend" -d 'Grow a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "info" -d 'Size, layout, snapshots, parent and clones of a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "ls" -d 'List volumes (hides *.deleted unless --all)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "tree" -d 'The clone lineage of a volume: up to the root, down to every clone'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "connection-info" -d 'What Nova/libvirt need to attach the volume (Cinder\'s initialize_connection)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "stats" -d 'Pool capacity as Cinder reports it (get_volume_stats)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "export" -d 'Stream a volume to a file or stdout (sparse, with progress)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "import" -d 'Stream a file or stdin into a new volume (sparse, with progress)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "export-diff" -d 'Write a snapshot\'s changes as an "rbd diff v1" stream (as rbd export-diff)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "import-diff" -d 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "backup" -d 'Backups the way Cinder\'s Ceph backup driver makes them: incremental, restorable'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "trash" -d 'The pool\'s RBD trash, filled by `volume rm --trash`: list, restore, purge'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and not __fish_seen_subcommand_from create clone flatten rm snapshot extend info ls tree connection-info stats export import export-diff import-diff backup trash help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l size -d 'Size: 10G, 10GiB, 512M, 1T (a bare number is bytes, and must be whole MiB)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l object-size -d 'Object size, a power of two (--chunk-size is an alias) [default: 4MiB, order 22]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l features -d 'RBD features, comma-separated [default: layering]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l from-snapshot -d 'Clone this protected snapshot (VOL@SNAP)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l from-volume -d 'Clone this volume (as `volume clone`)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l from-image -d 'COW-clone a Glance image location of this cluster, or copy it when that can\'t be done' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l source-conf -d 'With --from-image: ceph.conf of the cluster holding the image, if not this one' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l flatten -d 'With --from-snapshot: flatten the new volume (rbd_flatten_volume_from_snapshot)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l allow-incomplete -d 'With --from-image: use an interrupted upload anyway'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l if-not-exists -d 'An existing volume of the same size is a success (changed: false)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l size -d 'Grow the clone to this size (10G, 512M; a bare number is bytes) if larger than the source' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l max-clone-depth -d 'At this clone depth the new clone is flattened; 0 = full copy [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l flatten-source -d 'Cinder 2014 rule: at the maximum depth flatten the source instead of the clone'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l dry-run -d 'Print the steps without doing them'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l trash -d 'A volume with user snapshots: remove them and move the volume to the RBD trash instead of refusing'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the steps without doing them'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "create" -d 'Create and protect a snapshot (Cinder\'s create_snapshot)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "rm" -d 'Unprotect and remove a snapshot'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "ls" -d 'List a volume\'s snapshots'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l allow-shrink -d 'Allow a smaller size (destroys the data beyond it)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l limit -d 'At most N rows' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l start-after -d 'Start after this name (the last name of the previous page)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l all -d 'Include volumes renamed *.deleted'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l no-headers -d 'Rows only, for scripts'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -l names -d 'Names only, from the pool directory without opening any volume (as cheap as `rbd ls`)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l secret-uuid -d 'libvirt secret UUID [default: rbd_secret_uuid, else the cluster fsid]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from connection-info" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -l provisioned -d 'Also sum the volumes\' sizes (provisioned_capacity_gb): reads every volume of the pool'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Output file, or - for stdout [default: -] (as `image download -o`)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l queue-depth -d 'AIO requests in flight [default: 16]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -l force -d 'Replace an existing output file'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l object-size -d 'Object size, a power of two (--chunk-size is an alias) [default: 4MiB]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l disk-format -d 'What the file is (Glance\'s disk_format); data that contradicts it, or fails a safety check, is refused. A qcow2 is converted to raw (from stdin: staged to a temporary file in $TMPDIR first, since qcow2 needs seeks)' -r -f -a "auto\t''
raw\t''
qcow2\t''
vmdk\t''
vhd\t''
vhdx\t''
vdi\t''
qed\t''
iso\t''
gpt\t''
mbr\t''
luks\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l queue-depth -d 'AIO requests in flight [default: 16]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l from-snap -d 'Only the changes since this snapshot of the same volume' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -l force -d 'Replace an existing output file'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from export-diff" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l pool -d 'Pool [default: rbd, Cinder\'s rbd_pool]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from import-diff" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -f -a "create" -d 'Back a volume up: full, or incremental from the latest backup\'s snapshot'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -f -a "ls" -d 'List the backups in the backup pool (rbdctl\'s and Cinder\'s) with their chains'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -f -a "restore" -d 'Restore a backup onto a volume (diff restore or full copy), then verify it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -f -a "rm" -d 'Delete a backup (Cinder\'s delete; refused if an incremental depends on it)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -f -a "ls" -d 'List the trash entries of the pool (as `rbd trash ls --all`)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -f -a "restore" -d 'Put a trash entry back as a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -f -a "purge" -d 'Remove one entry now, or every entry whose deferment has ended (as `rbd trash purge`)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from trash" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume: empty, or from a snapshot, a volume or an image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "clone" -d 'Clone a volume through a protected "<DEST>.clone_snap" snapshot'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "flatten" -d 'Copy the parent\'s data into a clone and detach it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a volume the way Cinder does'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Volume snapshots'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "extend" -d 'Grow a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "info" -d 'Size, layout, snapshots, parent and clones of a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes (hides *.deleted unless --all)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "tree" -d 'The clone lineage of a volume: up to the root, down to every clone'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "connection-info" -d 'What Nova/libvirt need to attach the volume (Cinder\'s initialize_connection)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Pool capacity as Cinder reports it (get_volume_stats)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "export" -d 'Stream a volume to a file or stdout (sparse, with progress)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "import" -d 'Stream a file or stdin into a new volume (sparse, with progress)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "export-diff" -d 'Write a snapshot\'s changes as an "rbd diff v1" stream (as rbd export-diff)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "import-diff" -d 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Backups the way Cinder\'s Ceph backup driver makes them: incremental, restorable'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "trash" -d 'The pool\'s RBD trash, filled by `volume rm --trash`: list, restore, purge'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -f -a "addrs" -d 'Monitor hosts and ports from the monitor map'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and not __fish_seen_subcommand_from addrs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l prefer -d 'Which messenger address to report when a monitor has both' -r -f -a "v1\t''
v2\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from addrs" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from help" -f -a "addrs" -d 'Monitor hosts and ports from the monitor map'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand mon; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Every effective setting, its value and its source'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every effective setting, its value and its source'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -s c -l conf -d 'Ceph configuration file [env: CEPH_CONF] (default: librados\' own search)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l user -d 'Client id to authenticate as, without "client." (also spelt: rbdctl --id CLIENT COMMAND)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l keyring -d 'Keyring file holding the client\'s key (never pass a key itself)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l cluster -d 'Cluster name, for the default conf and keyring paths' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l format -d 'Output format' -r -f -a "text\t''
json\t''
jsonl\t''"
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l connect-timeout -d 'Seconds to connect (retries included) and for each monitor command [default: 30]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l op-timeout -d 'Seconds an OSD operation may take before it fails (full pool, paused cluster) [default: 60]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l retries -d 'Retries for connecting and for busy images (Cinder\'s rados_connection_retries) [default: 3]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l retry-interval -d 'Seconds between retries, doubled each time (rados_connection_interval) [default: 5]' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l config -d 'rbdctl\'s own config file (default: ~/.config/rbdctl/config.toml, /etc/rbdctl/config.toml)' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l glance-config -d 'Read pool, user, conf and chunk size from a glance-api.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l store -d 'With --glance-config: which store of enabled_backends (default: default_backend)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l cinder-config -d 'Read pool, user, conf and clone rules from a cinder.conf' -r -F
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l backend -d 'With --cinder-config: which backend section (or volume_backend_name)' -r
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -l markdown -d 'The README\'s Markdown table (scripts/gen writes it)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -s q -l quiet -d 'No progress bars or notes; results and errors only'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -s v -l verbose -d 'Log steps to stderr (-vv details, -vvv everything)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand exit-codes" -s h -l help -d 'Print help'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and not __fish_seen_subcommand_from image volume mon config exit-codes help" -f -a "image" -d 'Glance images: upload, download, remove, inspect'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and not __fish_seen_subcommand_from image volume mon config exit-codes help" -f -a "volume" -d 'Cinder volumes: create, clone, snapshot, delete, extend, export'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and not __fish_seen_subcommand_from image volume mon config exit-codes help" -f -a "mon" -d 'Monitors'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and not __fish_seen_subcommand_from image volume mon config exit-codes help" -f -a "config" -d 'Effective settings and where each came from'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and not __fish_seen_subcommand_from image volume mon config exit-codes help" -f -a "exit-codes" -d 'Print the exit-code table: every code and error kind'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and not __fish_seen_subcommand_from image volume mon config exit-codes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "upload" -d 'Upload a file or stdin as a new image, snapshot it as "snap" and protect it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "download" -d 'Download an image (whole, or a range) to a file or stdout, verifying its checksum'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Unprotect and remove "snap", then remove the image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "info" -d 'Size, layout, snapshots, checksums, parent and clones of an image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List the images of a pool'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "gc" -d 'Remove uploads left incomplete (killed before their snapshot was protected)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "verify" -d 'Check an image against its manifest: the OSDs checksum every object, no data moves'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume: empty, or from a snapshot, a volume or an image'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "clone" -d 'Clone a volume through a protected "<DEST>.clone_snap" snapshot'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "flatten" -d 'Copy the parent\'s data into a clone and detach it'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rm" -d 'Delete a volume the way Cinder does'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "snapshot" -d 'Volume snapshots'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "extend" -d 'Grow a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "info" -d 'Size, layout, snapshots, parent and clones of a volume'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "ls" -d 'List volumes (hides *.deleted unless --all)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "tree" -d 'The clone lineage of a volume: up to the root, down to every clone'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "connection-info" -d 'What Nova/libvirt need to attach the volume (Cinder\'s initialize_connection)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "stats" -d 'Pool capacity as Cinder reports it (get_volume_stats)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "export" -d 'Stream a volume to a file or stdout (sparse, with progress)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "import" -d 'Stream a file or stdin into a new volume (sparse, with progress)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "export-diff" -d 'Write a snapshot\'s changes as an "rbd diff v1" stream (as rbd export-diff)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "import-diff" -d 'Apply an "rbd diff" v1 or v2 stream to a volume, validated first (as rbd import-diff)'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "backup" -d 'Backups the way Cinder\'s Ceph backup driver makes them: incremental, restorable'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "trash" -d 'The pool\'s RBD trash, filled by `volume rm --trash`: list, restore, purge'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from mon" -f -a "addrs" -d 'Monitor hosts and ports from the monitor map'
complete -c rbdctl -n "__fish_rbdctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every effective setting, its value and its source'
