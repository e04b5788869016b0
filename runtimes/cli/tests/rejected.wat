;; Configures with two host calls the glue refuses: a log level that is no
;; log_level, and a message that lies past memory.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "malloc") (param i32) (result i32) (i32.const 4096))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $log (i32.const 9) (i32.const 0) (i32.const 1)))
    (drop (call $log (i32.const 2) (i32.const 65535) (i32.const 2)))
    (i32.const 1)))
