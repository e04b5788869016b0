;; Configures with two host calls the glue refuses: a log level that is no
;; log_level, and a message that lies past memory; then sends request
;; headers pairs with two trailing bytes (the transcript says so).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set_pairs (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; one pair a: b, then "xy"
  (data (i32.const 256) "\01\00\00\00\01\00\00\00\01\00\00\00a\00b\00xy")
  (func (export "malloc") (param i32) (result i32) (i32.const 4096))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $log (i32.const 9) (i32.const 0) (i32.const 1)))
    (drop (call $log (i32.const 2) (i32.const 65535) (i32.const 2)))
    (drop (call $set_pairs (i32.const 0) (i32.const 256) (i32.const 18)))
    (i32.const 1)))
