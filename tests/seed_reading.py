"""A hand-checked reading of the seed page (spec/pages/sms/UpdateTask.txt).

Written by reading the page, row by row, not from docgen's output. One line
per property: name, type, Mandatory, then the constraints the row states.
Types: s string; i32/i64 integer int32/int64; f64 number double; b boolean;
>X object X; []X array of object X. Constraints: L=min..max length,
V=min..max value, N=min..max items, D=default, E=complete enum values (|-separated),
lost=the 'The value can be:' list was lost, K=values still known from the SDK sample.
"""

READING = {
    "PutTaskReq": """
name s N L=0..255
type s N L=0..255 lost K=MIGRATE_BLOCK
os_type s N lost K=WINDOWS
id s N L=0..255
priority i32 N V=0..2 E=0|1|2 D=1
region_id s N L=0..255
start_target_server b N D=true
enterprise_project_id s N L=1..255
exist_server b N
migration_ip s N L=0..255
region_name s N L=0..255
speed_limit i32 N V=0..10000
project_name s N L=0..255
project_id s N L=0..255
vm_template_id s N L=0..255
source_server >PostSourceServerBody N
target_server >TargetServer N
state s N L=0..255
estimate_complete_time i64 N V=0..9223372036854775807
connected b N
create_date i64 N V=0..9223372036854775807
start_date i64 N V=0..9223372036854775807
finish_date i64 N V=0..9223372036854775807
migrate_speed f64 N V=0..10000
error_json s N L=0..1024
total_time i64 N V=0..9223372036854775807
float_ip s N L=0..255
remain_seconds i64 N V=0..9223372036854775807
target_snapshot_id s N L=0..255
clone_server >CloneServer N
sub_tasks []SubTask N N=0..65535
""",
    "PostSourceServerBody": """
id s N L=0..255
ip s N L=0..255
name s N L=0..255
hostname s N L=0..255
os_type s N L=0..255 lost K=WINDOWS
os_version s N L=0..255
virtualization_type s N L=0..255
linux_block_check s N L=0..255
firmware s N L=0..255 lost
cpu_quantity i32 N V=0..65535
memory i64 N V=0..9223372036854775807
disks []ServerDisk N N=0..65535
btrfs_list []BtrfsFileSystem N N=0..65535
networks []NetWork N N=0..65535
domain_id s N L=0..255
has_rsync b N
paravirtualization b N
raw_devices s N L=0..255
driver_files b N
system_services b N
account_rights b N
boot_loader s N lost
system_dir s N L=0..255
volume_groups []VolumeGroups N N=0..65535
agent_version s N L=0..255
kernel_version s N L=0..255
migration_cycle s N lost K=replicating
state s N L=0..255 lost K=initialize
oem_system b N
start_type s N E=MANUAL|MGC|
io_read_wait f64 N V=0.0..10000.0
""",
    "ServerDisk": """
name s Y L=0..255
partition_style s N lost
device_use s Y lost
size i64 Y V=0..9223372036854775807
used_size i64 Y V=0..9223372036854775807
physical_volumes []PhysicalVolume Y N=0..65535
os_disk b N
relation_name s N L=0..255
inode_size i32 N V=0..2147483647
""",
    "PhysicalVolume": """
device_use s N L=0..255 E=NORMAL|BOOT|OS
file_system s N L=0..255
index i32 N V=0..2147483647
mount_point s N L=0..255
name s N L=0..255
size i64 N V=0..9223372036854775807
used_size i64 N V=0..9223372036854775807
inode_size i32 N V=0..2147483647
inode_nums i64 N V=0..9223372036854775807
uuid s N L=0..255
size_per_cluster i32 N V=0..2147483647
""",
    "TargetServer": """
id s N L=0..255
ip s Y L=0..255
name s Y L=0..255
hostname s N L=0..255
os_type s Y L=0..255 lost K=WINDOWS
os_version s N L=0..255
firmware s N L=0..255 lost
cpu_quantity i32 N V=0..65535
memory i64 N V=0..9223372036854775807
btrfs_list []BtrfsFileSystem N N=0..65535
networks []NetWork N N=0..65535
domain_id s N L=0..255
has_rsync b N
paravirtualization b N
raw_devices s N L=0..255
driver_files b N
system_services b N
account_rights b N
boot_loader s N lost
system_dir s N L=0..255
volume_groups []VolumeGroups N N=0..65535
vm_id s N L=0..255
flavor s N L=0..255
disks []TargetDisk Y N=0..65535
image_disk_id s N L=0..255
snapshot_ids s N L=0..255
cutovered_snapshot_ids s N L=0..255
""",
    "BtrfsFileSystem": """
name s Y L=0..255
label s Y L=0..255
uuid s Y L=0..255
device s Y L=0..255
size i64 Y V=0..9223372036854775807
nodesize i64 Y V=0..9223372036854775807
sectorsize i32 Y V=0..2147483647
data_profile s Y L=0..255
system_profile s Y L=0..255
metadata_profile s Y L=0..255
global_reserve1 s Y L=0..255
g_vol_used_size i64 Y V=0..9223372036854775807
default_subvolid s Y L=0..255
default_subvol_name s Y L=0..255
default_subvol_mountpath s Y L=0..255
subvolumn []BtrfsSubvolumn Y N=0..65535
""",
    "BtrfsSubvolumn": """
uuid s Y L=0..255
is_snapshot s Y L=0..255
subvol_id s Y L=0..255
parent_id s Y L=0..255
subvol_name s Y L=0..255
subvol_mount_path s Y L=0..255
""",
    "NetWork": """
name s Y L=0..255
ip s Y L=0..255
netmask s Y L=0..255
gateway s Y L=0..255
mtu i32 N V=0..2147483647
mac s Y L=0..255
id s N L=0..255
""",
    "VolumeGroups": """
components s N L=0..255
free_size i64 N V=0..9223372036854775807
logical_volumes []LogicalVolumes N N=0..255
name s N L=0..255
size i64 N V=0..9223372036854775807
""",
    "LogicalVolumes": """
block_count i32 N V=0..2147483647 D=0
block_size i64 N V=0..1048576 D=0
file_system s Y L=0..255
inode_size i32 Y V=0..2147483647
inode_nums i64 N V=0..9223372036854775807
device_use s N L=0..255 E=NORMAL|BOOT|OS
mount_point s Y L=0..256
name s Y L=0..1024
size i64 Y V=0..9223372036854775807
used_size i64 Y V=0..9223372036854775807
free_size i64 Y V=0..9223372036854775807
""",
    "TargetDisk": """
id i64 N V=0..9223372036854775807
device_use s N D=NORMAL lost K=OS
disk_id s N L=0..255
name s N L=0..255
physical_volumes []TargetPhysicalVolumes N N=0..65535
size i64 N V=0..9223372036854775807
used_size i64 N V=0..9223372036854775807
disk_index s N L=0..255
os_disk b N
partition_style s N lost K=MBR
relation_name s N L=0..255
""",
    "TargetPhysicalVolumes": """
id i64 N V=0..9223372036854775807
device_use s N D=NORMAL lost K=BOOT|OS
file_system s N L=0..255
index i32 N V=0..2147483647
mount_point s N L=0..255
name s N L=0..255
size i64 N V=0..9223372036854775807
used_size i64 N V=0..9223372036854775807
uuid s N L=0..255
relation_name s N L=0..255
free_size i64 N V=0..9223372036854775807
""",
    "CloneServer": """
vm_id s N L=0..255
name s N L=0..255
clone_error s N L=0..255
clone_state s N L=0..255
error_msg s N L=0..1024
""",
    "SubTask": """
id i64 N V=0..9223372036854775807
name s N L=0..255
progress i32 Y V=0..100
start_date i64 N V=0..9223372036854775807
end_date i64 N V=0..9223372036854775807
migrate_speed f64 N V=0..10000
user_op s N L=0..50
process_trace s N L=0..2048
""",
}

# Parameters: (name, in, required, type, minLength, maxLength)
PARAMETERS = [("task_id", "path", True, "string", 0, 255), ("X-Auth-Token", "header", False, "string", 1, 16384)]
