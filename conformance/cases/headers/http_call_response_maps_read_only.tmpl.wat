;; headers/http_call_response_maps_read_only: an HTTP call made from
;; on_configure is answered; inside on_http_call_response the response
;; headers and trailers (types 7 and 8 in v1alpha, 6 and 7 from 0.1.0) are read-only: add, replace,
;; remove and set pairs are bad_argument, and the maps stay as they were.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: example.com}, 71 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\0b\00\00\00:method\00GET\00:path\00/\00:authority\00example.com\00")
  (data (i32.const 112) ":status")   ;; 7
  (data (i32.const 128) "x-t")       ;; 3
  (data (i32.const 144) "9")         ;; 1
  (data (i32.const 160) "\00\00\00\00")  ;; pairs: count 0
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
  (func $try (param $t i32)
    (drop (call $add (local.get $t) (i32.const 128) (i32.const 3) (i32.const 144) (i32.const 1)))
    (drop (call $replace (local.get $t) (i32.const 112) (i32.const 7) (i32.const 144) (i32.const 1)))
    (drop (call $remove (local.get $t) (i32.const 112) (i32.const 7)))
    (drop (call $set (local.get $t) (i32.const 160) (i32.const 4)))
    (drop (call $pairs (local.get $t) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (call $try (i32.const {{map http_call_response_headers}}))
    (call $try (i32.const {{map http_call_response_trailers}}))))
