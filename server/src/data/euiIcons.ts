// EUI icon names docs-builder accepts in {icon}`name` (anything else is Error "Unknown icon: <name>").
// docs-builder's list is the set of SVG files embedded from elastic/docs-builder src/Elastic.Documentation.Svg/svgs/
// (EuiSvgIcons.cs @ bc7eb0dbf39b: file name without `.svg`, exact case). The search index does not hold that folder's
// listing, so this mirrors the table in docs-builder's own docs/syntax/icons.md at d819923ef7b6 (581 names; each row
// renders the icon, so each name is known to build), plus `checkCircle`, which the same page uses in an example.
// To refresh: list src/Elastic.Documentation.Svg/svgs/*.svg (not the tokens/ sub-folder).

export const EUI_ICON_NAMES: readonly string[] = (
  'accessibility add_to_dashboard aggregate ai align_bottom align_bottom_left align_bottom_right ' +
  'align_center_horizontal align_center_vertical align_left align_right align_top align_top_left ' +
  'align_top_right analyze_event annotation anomaly_chart anomaly_swim_lane apm_trace app_add_data ' +
  'app_advanced_settings app_agent app_apm app_app_search app_auditbeat app_canvas app_cases app_code ' +
  'app_console app_cross_cluster_replication app_dashboard app_devtools app_discover app_ems app_filebeat ' +
  'app_fleet app_gis app_graph app_grok app_heartbeat app_index_management app_index_pattern app_index_rollup ' +
  'app_lens app_logs app_management app_metricbeat app_metrics app_ml app_monitoring app_notebook ' +
  'app_packetbeat app_pipeline app_recently_viewed app_reporting app_saved_objects app_search_profiler ' +
  'app_security app_security_analytics app_spaces app_sql app_timelion app_upgrade_assistant app_uptime ' +
  'app_users_roles app_visualize app_vulnerability_management app_watches app_workflows app_workplace_search ' +
  'apps archive arrow_down arrow_left arrow_right arrow_up article asterisk at axis_x axis_y_left axis_y_right ' +
  'background_task bell bell_slash beta bolt boxes_horizontal boxes_vertical branch branch_user briefcase broom ' +
  'brush bug bulb bullseye calendar change_point_detection chart_anomaly chart_area chart_area_stack ' +
  'chart_bar_horizontal chart_bar_horizontal_stack chart_bar_vertical chart_bar_vertical_stack ' +
  'chart_change_point chart_gauge chart_heatmap chart_line chart_metric chart_pie chart_tag_cloud ' +
  'chart_threshold chart_waterfall check checkCircle check_circle check_circle_fill cheer chevron_double_left ' +
  'chevron_double_right chevron_limit_left chevron_limit_right chevron_single_down chevron_single_left ' +
  'chevron_single_right chevron_single_up click_left click_right clock clock_control clock_counter cloud ' +
  'cloud_drizzle cloud_stormy cloud_sunny cluster code color command_line comment compare compute console ' +
  'container continuity_above continuity_above_below continuity_below continuity_within contrast contrast_fill ' +
  'controls copy copy_clipboard cross cross_circle cross_project_search crosshair crosshairs currency cut ' +
  'dashed_circle database desktop diff display distribute_horizontal distribute_vertical document document_edit ' +
  'documentation documents dot dot_in_circle download drag drag_horizontal drag_vertical editor_align_center ' +
  'editor_align_left editor_align_right editor_bold editor_checklist editor_distribute_horizontal ' +
  'editor_distribute_vertical editor_heading editor_italic editor_item_align_bottom editor_item_align_center ' +
  'editor_item_align_left editor_item_align_middle editor_item_align_right editor_item_align_top editor_link ' +
  'editor_ordered_list editor_position_bottom_left editor_position_bottom_right editor_position_top_left ' +
  'editor_position_top_right editor_redo editor_strike editor_table editor_underline editor_undo ' +
  'editor_unordered_list ellipsis email empty endpoint eql eraser error error_fill esql_vis exit expand ' +
  'external eye eye_closed eye_slash face_happy face_neutral face_sad field_statistics filter filter_exclude ' +
  'filter_ignore filter_in_circle filter_include flag flask fold folder_check folder_close folder_exclamation ' +
  'folder_open frame_next frame_previous full_screen full_screen_exit function gear globe grab grab_horizontal ' +
  'grab_omnidirectional gradient grid heart heatmap help home hourglass if image import index indexTemporary ' +
  'index_close index_edit index_flush index_mapping index_open index_runtime index_settings infinity info ' +
  'input_output inspect invert ip key keyboard kql_field kql_function kql_operand kql_selector kql_value ' +
  'kubernetes_node kubernetes_pod launch layers lettering line_break line_break_slash line_dash line_dot ' +
  'line_solid link link_slash list list_add list_bullet list_check list_number lock lock_open log_out ' +
  'log_pattern_analysis log_rate_analysis logo_aerospike logo_apache logo_app_search logo_aws logo_aws_mono ' +
  'logo_azure logo_azure_mono logo_beats logo_business_analytics logo_ceph logo_cloud logo_cloud_ece logo_code ' +
  'logo_codesandbox logo_couchbase logo_docker logo_dropwizard logo_elastic logo_elastic_stack ' +
  'logo_elasticsearch logo_enterprise_search logo_etcd logo_gcp logo_gcp_mono logo_github logo_gmail ' +
  'logo_golang logo_google_g logo_haproxy logo_ibm logo_ibm_mono logo_kafka logo_kibana logo_kubernetes ' +
  'logo_logging logo_logstash logo_maps logo_memcached logo_metrics logo_mongodb logo_mysql logo_nginx ' +
  'logo_observability logo_osquery logo_php logo_postgres logo_prometheus logo_rabbitmq logo_redis ' +
  'logo_security logo_site_search logo_sketch logo_slack logo_uptime logo_vulnerability_management logo_webhook ' +
  'logo_windows logo_workplace_search logstash_filter logstash_if logstash_input logstash_output logstash_queue ' +
  'magnet magnify magnify_exclamation magnify_minus magnify_plus magnify_sparkles magnify_with_exclamation ' +
  'magnify_with_minus magnify_with_plus mail map map_marker mapping maximize megaphone memory menu menu_down ' +
  'menu_left menu_right menu_up merge minimize minus minus_circle minus_square ml_classification_job ' +
  'ml_create_advanced_job ml_create_generic_job ml_create_geo_job ml_create_multi_metric_job ' +
  'ml_create_population_job ml_create_single_metric_job ml_data_visualizer ml_outlier_detection_job ' +
  'ml_regression_job mobile money moon move namespace nested new_chat node number offline online package ' +
  'page_select pages_select paint paint_bucket palette paper_clip partial pattern pause payment pencil percent ' +
  'pin pin_fill pivot play play_filled plugs plus plus_circle plus_in_circle_filled plus_square popout popper ' +
  'presentation processor product_agent product_cloud_infra product_dashboard product_discover product_ml ' +
  'product_streams_classic product_streams_wired push query query_field query_operand query_selector ' +
  'query_value question queue quote radar read_only redo refresh refresh_time reporter return return_key rocket ' +
  'save scale scissors search section security_signal security_signal_detected security_signal_resolved send ' +
  'server session_viewer shard share significant_events single_metric_viewer snowflake sort_ascending ' +
  'sort_descending sort_down sort_left sort_right sort_up sortable spaces sparkles star star_empty ' +
  'star_empty_space star_fill star_fill_space star_minus_empty star_minus_fill star_plus_empty star_plus_fill ' +
  'stats stop stop_fill stop_slash storage streams_classic streams_wired string submodule sun swatch_input ' +
  'symlink table table_density_compact table_density_expanded table_density_high table_density_low ' +
  'table_density_normal table_info table_of_contents table_time tag tear temperature text text_align_center ' +
  'text_align_left text_align_right text_bold text_heading text_italic text_strike text_underline thermometer ' +
  'thumb_down thumb_up timeline timeline_with_arrow timeslider training transition_bottom_in ' +
  'transition_bottom_out transition_left_in transition_left_out transition_top_in transition_top_out trash ' +
  'unarchive undo unfold unlink upload user users vector vector_square vector_triangle video_player vis_area ' +
  'vis_area_stacked vis_bar_horizontal vis_bar_horizontal_stacked vis_bar_vertical vis_bar_vertical_stacked ' +
  'vis_gauge vis_goal vis_line vis_map_coordinate vis_map_region vis_pie vis_table vis_tag_cloud vis_text ' +
  'vis_timelion vis_visual_builder warning warning_fill waypoint web wifi wifi_slash word_wrap ' +
  'word_wrap_disabled workflow wrench '
).trim().split(' ');
