package binding

func TestDecodeFormTag(t *testing.T) {
	var s struct {
		Data customType `form:"data"`
	}
	err := decodeByTag(&s, source{"data": {"file:/foo:bar"}}, "form")
	require.NoError(t, err)
	assert.Equal(t, "file", s.Data.Protocol)
	assert.Equal(t, "/foo", s.Data.Path)
}

func TestDecodeURITag(t *testing.T) {
	var s struct {
		Data customType `uri:"data"`
	}
	err := decodeByTag(&s, source{"data": {"file:/foo:bar"}}, "uri")
	require.NoError(t, err)
	assert.Equal(t, "file", s.Data.Protocol)
	assert.Equal(t, "/foo", s.Data.Path)
}
