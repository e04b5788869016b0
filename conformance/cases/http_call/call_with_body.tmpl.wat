;; http_call/call_with_body: proxy_http_call from on_configure with a body
;; ("abc") and no trailers: the request goes out with the body and a
;; content-length header added after the guest's headers.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: POST, :path: /x, :authority: example.com}, 73 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\04\00\00\00\05\00\00\00\02\00\00\00\0a\00\00\00\0b\00\00\00:method\00POST\00:path\00/x\00:authority\00example.com\00")
  (data (i32.const 112) "abc")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 73)
                           (i32.const 112) (i32.const 3) (i32.const 0) (i32.const 0)
                           (i32.const 0) (i32.const 600)))
    (i32.const 1)))
