;; buffers/http_call_response_body: an HTTP call made from on_configure is
;; answered with a body; inside on_http_call_response the body (buffer 4)
;; is read: all of it (length: the callback's body_size), a range.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: example.com}, 71 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\0b\00\00\00:method\00GET\00:path\00/\00:authority\00example.com\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 71)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  ;; buffer_type 4 = http_call_response_body
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $bytes (i32.const {{buffer http_call_response_body}}) (i32.const 0) (local.get 3) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_call_response_body}}) (i32.const 5) (i32.const 100) (i32.const 512) (i32.const 516)))))
