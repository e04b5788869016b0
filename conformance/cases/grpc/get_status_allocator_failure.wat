;; proxy_get_status inside proxy_on_grpc_close (status unavailable,
;; message "down") when the guest allocator fails: malloc returns 0, then
;; an address whose range runs past the end of memory (65534 for 4 bytes).
;; Both are invalid_memory_access; with a working allocator the call then
;; reads (14, "down").
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; out slots: 256 token, 272 code, 276 message pointer, 280 message length
  ;; $next: what malloc returns (0 and 65534 simulate failures)
  (global $next (mut i32) (i32.const 1024))
  (func (export "malloc") (param i32) (result i32) (global.get $next))
  (func $status
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280))))
  (func (export "proxy_on_create") (param i32 i32))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)
    (global.set $next (i32.const 0))
    (call $status)
    (global.set $next (i32.const 65534))
    (call $status)
    (global.set $next (i32.const 1024))
    (call $status)))
