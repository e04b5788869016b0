;; proxy_get_status inside proxy_on_http_call_response for a failed HTTP
;; call (a status with a non-empty message is recorded; the call has the
;; same signature in every version) when the guest allocator fails: it
;; returns 0, then an address whose range runs past the end of memory
;; (65534 for the message).  Both are invalid_memory_access; with a
;; working allocator the call then reads code 11 (broken_connection).
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  ;; out slots: 256 token, 272 code, 276 message pointer, 280 message length
  ;; $next: what the allocator returns (0 and 65534 simulate failures)
  (global $next (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param i32) (result i32) (global.get $next))
  (func $status
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (global.set $next (i32.const 0))
    (call $status)
    (global.set $next (i32.const 65534))
    (call $status)
    (global.set $next (i32.const 1024))
    (call $status)))
