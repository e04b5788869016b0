;; headers/set_pairs_malformed: proxy_set_header_map_pairs with blobs that
;; are not well-formed `pairs` data.  The well-formed blob for {x-b: 2} is
;;   01000000 03000000 01000000 "x-b" 00 "2" 00     (18 bytes)
;; and each call breaks it one way.  The request headers stay as they were.
(module
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  ;; truncated: 2 bytes, shorter than the count
  (data (i32.const 16) "\01\00")
  ;; truncated: count 1 but only 8 of the 12 header bytes
  (data (i32.const 32) "\01\00\00\00\03\00\00\00")
  ;; count 5, data for one pair
  (data (i32.const 48) "\05\00\00\00\03\00\00\00\01\00\00\00x-b\002\00")
  ;; key length 100 points past the end of the blob
  (data (i32.const 80) "\01\00\00\00\64\00\00\00\01\00\00\00x-b\002\00")
  ;; no NUL after the key
  (data (i32.const 112) "\01\00\00\00\03\00\00\00\01\00\00\00x-bX2\00")
  ;; no NUL after the value
  (data (i32.const 144) "\01\00\00\00\03\00\00\00\01\00\00\00x-b\002X")
  ;; two trailing bytes after a well-formed blob
  (data (i32.const 176) "\01\00\00\00\03\00\00\00\01\00\00\00x-b\002\00\00\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 16) (i32.const 2)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 32) (i32.const 8)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 48) (i32.const 18)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 80) (i32.const 18)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 112) (i32.const 18)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 144) (i32.const 18)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 176) (i32.const 20)))
    (i32.const 0)))
