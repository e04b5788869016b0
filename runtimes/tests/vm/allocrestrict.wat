;; The allocator logs (allowed there) and asks for a property (not; once
;; per get_prop, so that an unrestricted host does not recurse).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "in")
  (global $ask (mut i32) (i32.const 0))
  (func (export "malloc") (param i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 0) (i32.const 0)))
    (if (global.get $ask)
      (then (global.set $ask (i32.const 0))
            (drop (call $get_property (i32.const 32) (i32.const 2)
                    (i32.const 80) (i32.const 84)))))
    (i32.const 4096))
  (func (export "get_prop") (param i32) (result i32)
    (global.set $ask (local.get 0))
    (call $get_property (i32.const 0) (i32.const 1)
      (i32.const 64) (i32.const 68))))
