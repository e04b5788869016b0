;; proxy_get_property of properties the host holds but cannot return:
;; "pwabi\0unserializable" (a value with no byte encoding) and
;; "pwabi\0broken" (extracting it fails), each without and with a trailing
;; NUL.  These are the reference host's reserved failure points.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "pwabi\00unserializable\00")
  (data (i32.const 48) "pwabi\00broken\00")
  (data (i32.const 128) "\ff\ff\ff\ff\ff\ff\ff\ff")
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 20) (i32.const 128) (i32.const 132)))
    (drop (call $get_property (i32.const 16) (i32.const 21) (i32.const 128) (i32.const 132)))
    (drop (call $get_property (i32.const 48) (i32.const 12) (i32.const 128) (i32.const 132)))
    (drop (call $get_property (i32.const 48) (i32.const 13) (i32.const 128) (i32.const 132)))
    (i32.const 1)))
