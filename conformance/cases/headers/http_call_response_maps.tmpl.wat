;; headers/http_call_response_maps: an HTTP call made from on_configure is
;; answered; inside on_http_call_response the response headers and
;; trailers are read: one value, pairs, size.  Their headers_type numbers differ
;; by version (7 and 8 in v1alpha, 6 and 7 from 0.1.0): the map placeholders.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: example.com}, 71 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\0b\00\00\00:method\00GET\00:path\00/\00:authority\00example.com\00")
  (data (i32.const 112) ":status")   ;; 7
  (data (i32.const 128) "x-t")       ;; 3
  {{marker}}
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
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $get (i32.const {{map http_call_response_headers}}) (i32.const 112) (i32.const 7) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const {{map http_call_response_headers}}) (i32.const 512) (i32.const 516)))
    (drop (call $size (i32.const {{map http_call_response_headers}}) (i32.const 520)))
    (drop (call $get (i32.const {{map http_call_response_trailers}}) (i32.const 128) (i32.const 3) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const {{map http_call_response_trailers}}) (i32.const 512) (i32.const 516)))
    (drop (call $size (i32.const {{map http_call_response_trailers}}) (i32.const 520)))))
