;; proxy_get_property of plugin_root_id ("abc") with one bad pointer at a
;; time: the path (ptr, len) just past the end of memory, wrapping past
;; 2^32 and running past the end; then the value and value_len
;; out-pointers just past the end, wrapping (0xfffffffe + 4), and with 2 of
;; their 4 bytes past the end.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "plugin_root_id")
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; path
    (drop (call $get_property (i32.const 65536) (i32.const 14) (i32.const 64) (i32.const 68)))
    (drop (call $get_property (i32.const -4) (i32.const 14) (i32.const 64) (i32.const 68)))
    (drop (call $get_property (i32.const 16) (i32.const 65521) (i32.const 64) (i32.const 68)))
    ;; value
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 65536) (i32.const 68)))
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const -2) (i32.const 68)))
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 65534) (i32.const 68)))
    ;; value_len
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 65536)))
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const -2)))
    (drop (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 65534)))
    (i32.const 1)))
