;; config/property_lookup_order: which layer answers a property read.  Each
;; HTTP stream's on_request_headers reads source.address, source.port,
;; plugin_name and request.path, then sets source.port and request.path
;; ("guest") on itself and reads both again, then the inner node "source".
(module
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_property"
    (func $set_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 64) "source\00address")   ;; 14
  (data (i32.const 128) "source\00port")     ;; 11
  (data (i32.const 192) "plugin_name")       ;; 11
  (data (i32.const 256) "request\00path")    ;; 12
  (data (i32.const 320) "guest")             ;; 5
  (data (i32.const 384) "source")            ;; 6
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $get (param $p i32) (param $n i32)
    (drop (call $get_property (local.get $p) (local.get $n) (i32.const 2048) (i32.const 2052))))
  (func $set (param $p i32) (param $n i32)
    (drop (call $set_property (local.get $p) (local.get $n) (i32.const 320) (i32.const 5))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $get (i32.const 64) (i32.const 14))
    (call $get (i32.const 128) (i32.const 11))
    (call $get (i32.const 192) (i32.const 11))
    (call $get (i32.const 256) (i32.const 12))
    (call $set (i32.const 128) (i32.const 11))
    (call $set (i32.const 256) (i32.const 12))
    (call $get (i32.const 128) (i32.const 11))
    (call $get (i32.const 256) (i32.const 12))
    (call $get (i32.const 384) (i32.const 6))
    (i32.const 0)))
