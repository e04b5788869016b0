;; continue_legacy (v1alpha and 0.1.0: proxy_continue_request,
;; proxy_continue_response, proxy_clear_route_cache; 0.2.x has
;; stream_control.tmpl.wat instead).  A body or L4 chunk of n bytes picks
;; the call: 1 continue_request, 2 continue_response, 3 clear_route_cache,
;; anything else none.  Header callbacks and L4 data stop iteration; after
;; the call each HTTP callback reads :path from the request headers and
;; :status from the response headers, to show which maps are still there.
(module
  (import "env" "proxy_continue_request" (func $continue_request (result i32)))
  (import "env" "proxy_continue_response" (func $continue_response (result i32)))
  (import "env" "proxy_clear_route_cache" (func $clear_route_cache (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get_header (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) ":path")
  (data (i32.const 32) ":status")
  (global $bump (mut i32) (i32.const 4096))
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func $pick (param $n i32)
    (block $none
      (block $route
        (block $response
          (block $request
            (br_table $none $request $response $route $none (local.get $n)))
          (drop (call $continue_request))
          (br $none))
        (drop (call $continue_response))
        (br $none))
      (drop (call $clear_route_cache))))
  (func $maps
    (drop (call $get_header (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5)
      (i32.const 520) (i32.const 524)))
    (drop (call $get_header (i32.const {{map response_headers}}) (i32.const 32) (i32.const 7)
      (i32.const 520) (i32.const 524))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (i32.const 1))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $pick (local.get 1))
    (call $maps)
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (i32.const 1))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (call $pick (local.get 1))
    (call $maps)
    (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (call $pick (local.get 1))
    (i32.const 1))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 1)))
