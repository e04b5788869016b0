;; http_call/call_upstream_down: proxy_http_call to an upstream whose send
;; fails at once (the reference host's reserved cluster "pwabi.down"), then
;; the same request to a working upstream.  Made from on_configure.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "pwabi.down")   ;; 10
  (data (i32.const 32) "cluster")      ;; 7
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 48) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 10) (i32.const 48) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (drop (call $http_call (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1)))
