;; http_call/call_timeout_out_of_range: proxy_http_call with timeouts that
;; do not fit a signed 32-bit millisecond count (0x80000000, 0xFFFFFFFF),
;; then the largest that does (0x7FFFFFFF), which is accepted.  Made from
;; on_configure; every other argument is valid.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $call (param $timeout i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (local.get $timeout) (i32.const 600))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $call (i32.const 0x80000000))
    (call $call (i32.const 0xffffffff))
    (call $call (i32.const 0x7fffffff))
    (i32.const 1)))
