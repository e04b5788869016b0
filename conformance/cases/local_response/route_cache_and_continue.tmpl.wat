;; local_response/route_cache_and_continue: proxy_clear_route_cache after
;; changing :path in on_request_headers.  From on_configure (the root
;; context) proxy_continue_request, proxy_continue_response and
;; proxy_clear_route_cache have no stream to act on and do nothing.
(module
  (import "env" "proxy_continue_request" (func $continue_request (result i32)))
  (import "env" "proxy_continue_response" (func $continue_response (result i32)))
  (import "env" "proxy_clear_route_cache" (func $clear_route_cache (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) ":path")     ;; 5
  (data (i32.const 32) "/v2")       ;; 3
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $continue_request))
    (drop (call $continue_response))
    (drop (call $clear_route_cache))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 32) (i32.const 3)))
    (drop (call $clear_route_cache))
    (i32.const 0)))
