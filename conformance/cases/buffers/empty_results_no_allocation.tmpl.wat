;; buffers/empty_results_no_allocation: the host returns an empty result
;; without calling the guest allocator.  The allocator traps (unreachable)
;; when asked for 0 bytes.  on_request_body, for an empty request body
;; chunk, reads the whole body (empty), then a non-empty chunk later
;; reads a 0-length range and a range starting at the end; each time the
;; status too.  on_request_headers reads plugin_vm_id, which is empty
;; (the runner names no VM id), and 3 bytes of the next chunk's body are
;; read normally, so the allocator is seen working for non-empty results.
(module
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 64) "plugin_vm_id")   ;; 12
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (if (i32.eqz (local.get $n)) (then unreachable))
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get_property (i32.const 64) (i32.const 12) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (local.get 1) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 1) (i32.const 0) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (local.get 1) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 520) (i32.const 524)))
    (i32.const 0)))
