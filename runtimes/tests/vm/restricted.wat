;; _initialize asks for a property: restricted during start-up.
(module
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "malloc") (param i32) (result i32) (i32.const 4096))
  (func (export "_initialize")
    (drop (call $get_property (i32.const 0) (i32.const 1)
      (i32.const 64) (i32.const 68)))))
