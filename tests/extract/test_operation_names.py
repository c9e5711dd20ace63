"""Operation names from titles, as the official SDKs name operations."""

from __future__ import annotations

import pytest

from generator.extract.operation_names import name_from_title
from generator.names import keyword_name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Querying Details of a Topic", "ShowTopic"),
        ("Querying Consumer Group Details", "ShowConsumerGroup"),
        ("Querying Details About ECSs (Native OpenStack API)", "ListECSsNativeOpenStackAPI"),  # plural: a list
        ("Querying Instances and Details", "ListInstances"),
        ("Remotely Logging In to an ECS", "LogInToECS"),  # an adverb before the verb
        ("Asynchronously Exporting Logs", "ExportLogs"),
        ("Cold Migrating an ECS", "ColdMigrateECS"),  # a word that says how stays before the verb
        ("Live Migrating an ECS", "LiveMigrateECS"),
        ("Create a Training Job", "CreateTrainingJob"),  # titles in the imperative
        ("Modify a Service", "UpdateService"),
        ("Query the Training Job List", "ListTrainingJobs"),  # 'X List' lists X in the plural
        ("Obtain Job Logs", "ListJobLogs"),
        ("Stop ECSs", "StopECSs"),
        ("Apply Update Policies", "ApplyUpdatePolicies"),  # a verb ending in -ly is no adverb
        ("Querying an SMN Topic", "ShowSMNTopic"),
        ("Querying the Number of Resource Instances", "ShowNumberOfResourceInstances"),
        ("Querying Log Streams", "ListLogStreams"),
        ("Querying All Log Groups of an Account", "ListLogGroupsOfAccount"),
        ("Querying the Partition List of a Topic", "ListPartitionsOfTopic"),
        ("Querying the Policy List", "ListPolicies"),
        ("Obtaining the ECS List", "ListECSs"),
        ("Obtaining the List of Databases That Can Be Restored", "ListDatabasesThatCanBeRestored"),
        ("Starting ECSs in a Batch", "BatchStartECSs"),  # 'in a batch' at the end is the SDKs' Batch
        ("Deleting Alarm Rules in Batches", "BatchDeleteAlarmRules"),
        ("Deleting a Batch of Tags", "BatchDeleteTags"),  # 'a batch of' after the verb says the same
        ("Querying a Batch of Jobs", "BatchQueryJobs"),
        ("Querying Resources by Tag", "ListResourcesByTag"),
        ("Listing Maintenance Time Windows", "ListMaintenanceTimeWindows"),
        ("Obtaining a Quick Search", "ShowQuickSearch"),
        ("Querying the Access Status", "ShowAccessStatus"),
        ("Querying ECSs", "ListECSs"),
        ("Retrieving a Node", "ShowNode"),  # every verb of reading is the SDKs' Show or List
        ("Reading a Specified Cluster", "ShowCluster"),  # 'specified' says nothing a name needs
        ("Deleting a Specified Share Member", "DeleteShareMember"),
        ("Querying All Log Streams in a Specified Log Group", "ListLogStreamsInLogGroup"),
        ("Fetching Node Pools", "ListNodePools"),
        ("Retrieve the Job List", "ListJobs"),
        ("Creating a Host Group", "CreateHostGroup"),
        ("Adding Nodes for a Cluster Instance", "AddNodesForClusterInstance"),
        ("Modifying a Host Group", "UpdateHostGroup"),
        ("Changing the Name of a Queue", "UpdateNameOfQueue"),
        ("Updating an Image", "UpdateImage"),
        ("Deleting an Active Alarm", "DeleteActiveAlarm"),
        ("Batch Deleting Topics of a Kafka Instance", "BatchDeleteTopicsOfKafkaInstance"),
        ("Batch Restarting or Deleting Instances", "BatchRestartOrDeleteInstances"),
        ("Querying and Modifying Quotas", "ListAndUpdateQuotas"),  # a second action after a read one
        ("Querying or Modifying a Quota", "ShowOrUpdateQuota"),
        # a second action after 'or' is a verb too; a participle before a noun is no action
        (
            "Starting a Smart Connect Task or Restarting a Paused or Running Smart Connect Task",
            "StartSmartConnectTaskOrRestartPausedOrRunningSmartConnectTask",
        ),
        ("Batch Adding Tags to or Deleting Tags from a Specified Resource", "BatchAddTagsToOrDeleteTagsFromResource"),
        ("Creating a Paused or Running Task", "CreatePausedOrRunningTask"),
        ("Setting an Automated Backup Policy", "SetAutomatedBackupPolicy"),
        ("Unsetting a PTR Record", "UnsetPTRRecord"),
        ("Enabling One-Click Monitoring", "EnableOneClickMonitoring"),
        ("Associating an Instance with an LTS Log Stream", "AssociateInstanceWithLTSLogStream"),
        ("Scaling Up Storage Space", "ScaleUpStorageSpace"),
        ("Stopping an Instance", "StopInstance"),
        ("Killing a Session", "KillSession"),  # a gerund of no listed verb loses its -ing
        ("Creating a Log Transfer Task (Old Version)", "CreateLogTransferTask"),  # the path's version decides
        ("Deleting an Image (Native OpenStack API)", "DeleteImageNativeOpenStackAPI"),
        ("Querying Images (Native OpenStack API)", "ListImagesNativeOpenStackAPI"),  # plural before the remark
        ("Querying an Image (Native OpenStack API)", "ShowImageNativeOpenStackAPI"),
        ("Obtaining a Training Job's Metrics", "ShowTrainingJobMetrics"),  # a possessive is no word
        ("Querying Tags of a Tenant\u2019s Resource", "ListTagsOfTenantResource"),
        ("Querying Disks Attached to an ECS", "ListDisksAttachedToECS"),  # the noun before the participle
        ("Querying the Flavors Available for ECSs", "ListFlavorsAvailableForECSs"),  # ... or adjective
        ("Querying the Image Usable by a Tenant", "ShowImageUsableByTenant"),
        ("Querying AS Policies Bound to an AS Group", "ListASPoliciesBoundToASGroup"),
        ("Querying the Disk Attached to an ECS", "ShowDiskAttachedToECS"),
        ("Exporting Training Job Logs", "ExportTrainingJobLogs"),  # a gerund after the verb names the object
        ("Adding Monitoring Data", "AddMonitoringData"),
        ("Executing, Enabling, or Disabling an AS Policy", "ExecuteEnableOrDisableASPolicy"),  # a list of verbs
        ("Obtaining a Remote Login Address (Microversion 2.6)", "ShowRemoteLoginAddress"),  # a version remark
        ("Checking Whether an ECS Exists", "CheckECSExists"),  # a yes-or-no question is a check
        ("Querying Whether a Name Is Available", "CheckNameIsAvailable"),
    ],
)
def test_titles_name_operations_the_way_the_sdks_do(title, name):
    assert name_from_title(title) == name


@pytest.mark.parametrize(
    ("title", "name"),
    [  # verbs no list names: the stem English spelling gives
        ("Sharing an Image", "ShareImage"),
        ("Renaming a Dataset", "RenameDataset"),
        ("Resuming a Job", "ResumeJob"),
        ("Cancelling a Task", "CancelTask"),  # British spelling of a listed verb
        ("Submitting a Job", "SubmitJob"),
        ("Archiving Logs", "ArchiveLogs"),
        ("Evaluating a Model", "EvaluateModel"),
        ("Requiring Approval", "RequireApproval"),
        ("Parsing a Template", "ParseTemplate"),
        ("Adding a Member", "AddMember"),
        ("Installing a Plug-in", "InstallPlugIn"),
        ("Opening a Port", "OpenPort"),
        ("Monitoring a Host", "MonitorHost"),
        ("Clearing Alarms", "ClearAlarms"),
        ("Embedding a Widget", "EmbedWidget"),
        ("Rescuing an ECS", "RescueECS"),  # a stem that ends in a consonant and u: an e is put back
        ("Pursuing a Lead", "PursueLead"),
        ("Snoozing an Alarm", "SnoozeAlarm"),
        ("Cloning a Volume", "CloneVolume"),  # listed: the spelling alone cannot tell clone from summon
        ("Freezing an Account", "FreezeAccount"),
        ("Routing Traffic", "RouteTraffic"),
        ("Attaching a Disk", "AttachDisk"),
        ("Reasoning About a Model", "ReasonAboutModel"),
    ],
)
def test_gerunds_of_unlisted_verbs(title, name):
    assert name_from_title(title) == name


@pytest.mark.parametrize(
    ("title", "name"),
    [  # a section number before the title and a version after it name nothing (the path's version does)
        ("4.1.2 Creating a Widget", "CreateWidget"),
        ("1. Deleting a Widget", "DeleteWidget"),
        ("Querying Widgets v2", "ListWidgets"),  # was ShowWidgetsV2: 'V2' had been the object
        ("Creating a Widget - V2.1", "CreateWidget"),
        ("Querying IPv6 Addresses", "ListIPv6Addresses"),  # a version inside a word stays
    ],
)
def test_section_numbers_and_trailing_versions_are_no_words_of_the_name(title, name):
    assert name_from_title(title) == name


@pytest.mark.parametrize(
    "title", ["Tag Management", "API Overview", "Querying", "Batch", "Thing 1", "String Functions"]
)
def test_a_title_that_does_not_start_with_a_verb_and_an_object_is_left_to_the_caller(title):
    assert name_from_title(title) is None


def test_acronyms_stay_whole_in_python_names():
    assert [keyword_name(n) for n in ("ListECSs", "ShowVPCs", "UnsetPTRRecord", "HTTPServer")] == [
        "list_ecss",
        "show_vpcs",
        "unset_ptr_record",
        "http_server",
    ]


@pytest.mark.parametrize(
    ("title", "python"),
    [
        ("Querying an ECS NIC", "show_ecs_nic"),
        ("Querying DNS API Versions", "list_dns_api_versions"),
        ("Querying the VPC ID of an ECS", "show_vpc_id_of_ecs"),
        ("Binding a Virtual IP Address to a NIC", "bind_virtual_ip_address_to_nic"),
    ],
)
def test_acronyms_side_by_side_stay_apart_in_python_names(title, python):
    name = name_from_title(title)
    assert name is not None and keyword_name(name) == python
