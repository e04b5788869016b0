;; headers/bytes_and_case: keys and values are byte strings.  The request
;; carries x-bin: "a" 00 "b" ff and x-a: 1.  on_request_headers:
;;   get x-bin                      the 4 bytes, NUL and 0xff included
;;   get "X-A"                      another key than x-a: not found
;;   add "X-Up" = 00 ff 01          kept as given: key case and value bytes
;;   replace x-a = "v" 00           a value ending in NUL
;;   add key "k" 00 "z" = "1"       a key with a NUL inside
;;   get key "k" 00 "z"             "1": the key is the 3 bytes, not "k"
;;   get pairs                      every entry, lengths counting the NULs
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-bin")      ;; 5
  (data (i32.const 32) "X-A")        ;; 3
  (data (i32.const 48) "X-Up")       ;; 4
  (data (i32.const 64) "\00\ff\01")  ;; 3
  (data (i32.const 80) "x-a")        ;; 3
  (data (i32.const 96) "v\00")       ;; 2
  (data (i32.const 112) "k\00z")     ;; 3
  (data (i32.const 128) "1")         ;; 1
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 32) (i32.const 3) (i32.const 512) (i32.const 516)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 48) (i32.const 4) (i32.const 64) (i32.const 3)))
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 80) (i32.const 3) (i32.const 96) (i32.const 2)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 112) (i32.const 3) (i32.const 128) (i32.const 1)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 112) (i32.const 3) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
