;; http_call/call_bad_trailers: proxy_http_call with valid headers but
;; malformed trailer pairs: 2 bytes, count 5 with data for one pair, a
;; missing NUL, trailing bytes.  Made from on_configure.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 112) "\01\00")
  (data (i32.const 128) "\05\00\00\00\03\00\00\00\01\00\00\00x-t\002\00")
  (data (i32.const 160) "\01\00\00\00\03\00\00\00\01\00\00\00x-tX2\00")
  (data (i32.const 192) "\01\00\00\00\03\00\00\00\01\00\00\00x-t\002\00\00\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $call (param $tp i32) (param $tl i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (local.get $tp) (local.get $tl)
                           (i32.const 1000) (i32.const 600))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $call (i32.const 112) (i32.const 2))
    (call $call (i32.const 128) (i32.const 18))
    (call $call (i32.const 160) (i32.const 18))
    (call $call (i32.const 192) (i32.const 20))
    (i32.const 1)))
